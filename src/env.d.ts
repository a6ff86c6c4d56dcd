/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** How many times each quantity has been rendered on this page, for unique anchors. */
    quantityAnchors?: Map<string, number>;
  }
}
