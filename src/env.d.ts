declare namespace App {
  interface Locals {
    /** The guide's data, read once per build (src/middleware.ts). Components read it here, never from files. */
    guide: import('./data.ts').Guide;
  }
}
