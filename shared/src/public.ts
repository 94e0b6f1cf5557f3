/** Paths of the public lookup pages (WORKFLOW.md §6). */

/** The public page of one commendation (its global id): what a certificate's QR code opens. */
export function publicAwardPath(id: string): string {
  return `/tra-cuu/khen-thuong/${id}`;
}
