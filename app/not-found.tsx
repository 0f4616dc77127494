import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="home">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved when a chapter was reorganised.</p>
      <p>
        <Link href="/">Go to the contents</Link>
      </p>
    </div>
  );
}
