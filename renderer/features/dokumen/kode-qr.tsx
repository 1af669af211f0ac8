import encodeQR from 'qr';

/**
 * A QR code drawn as one SVG path (the `qr` package computes the modules): vector, so it stays sharp in a PDF and
 * on any printer, and built as React elements, never as markup from a string (Trusted Types, docs/arsitektur.md).
 * Medium error correction (15 %) survives a folded or lightly stained letter; two modules of quiet zone inside the
 * box keep a scanner from reading the table's border as part of the code.
 */
export function KodeQr({ teks, label }: { teks: string; label: string }) {
  const modules = encodeQR(teks, 'raw', { ecc: 'medium', border: 2 });
  const size = modules.length;
  let d = '';
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg className="dok-kode-gambar" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
