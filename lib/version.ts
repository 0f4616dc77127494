/** The book's version, written into downloads and submissions; version.test.ts keeps it equal to package.json's. */
export const BOOK_VERSION = '0.1.0';
