// avsc's browser entry for types only (no streams or files): the same API as the package's main entry.
declare module 'avsc/etc/browser/avsc-types' {
  import * as avsc from 'avsc';
  export = avsc;
}
