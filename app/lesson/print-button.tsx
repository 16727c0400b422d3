'use client';

/** Opens the browser's print dialog; the print stylesheet turns the page into a handout. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn" onClick={() => window.print()} data-testid="print-lesson">
      {label}
    </button>
  );
}
