// Placeholder until this page is built.
export function Component() {
  return null;
}
