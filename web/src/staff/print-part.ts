/**
 * Prints one part of the page (a QR poster, invitation slips) rather than the whole page: the part gets the
 * print-target class and the print stylesheet hides everything else for the time of the print dialog.
 */
export function printPart(element: HTMLElement | null) {
  if (!element) return;
  document.body.classList.add("printing-part");
  element.classList.add("print-target");
  const done = () => {
    document.body.classList.remove("printing-part");
    element.classList.remove("print-target");
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}
