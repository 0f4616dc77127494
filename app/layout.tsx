import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ServiceWorkerHost } from '@/components/offline/ServiceWorkerHost';
import { ProgressNotice } from '@/components/progress/ProgressNotice';
import { SearchButton } from '@/components/search/SearchButton';
import { ThemeToggle } from '@/components/ThemeToggle';
import { themeBootScript } from '@/components/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Data Systems for Machine Learning', template: '%s · Data Systems for ML' },
  description: 'An interactive textbook: every trade-off it argues is something you can run in your browser.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1419' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The boot script sets data-theme before first paint, so the server's markup differs from the DOM on purpose.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-title">
            {/* On a phone the short name keeps room for the links; both read the same to a screen reader. */}
            <span className="site-title-long">Data Systems for ML</span>
            <abbr className="site-title-short" title="Data Systems for ML" aria-hidden="true">
              DS4ML
            </abbr>
          </Link>
          <nav aria-label="Site" className="site-nav">
            <Link href="/" className="site-nav-contents">
              Contents
            </Link>
            {/* The glossary's data is large (every term, every back-link): fetched only when asked for. */}
            <Link href="/glossary/" prefetch={false}>
              Glossary
            </Link>
            <Link href="/progress/">Progress</Link>
          </nav>
          <SearchButton />
          <ThemeToggle />
        </header>
        <main id="main" tabIndex={-1}>
          <ProgressNotice />
          {children}
        </main>
        <footer className="site-footer">
          <p>Everything you run here runs in your own browser. Nothing you do leaves your machine.</p>
        </footer>
        <ServiceWorkerHost />
      </body>
    </html>
  );
}
