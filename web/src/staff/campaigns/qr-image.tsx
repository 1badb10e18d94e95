import QRCode from "qrcode";
import { useEffect, useState } from "react";

/** A QR code made in the browser (no third-party service sees the link), as a data: image. */
export function QrImage({ value, size, alt }: { value: string; size: number; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(value, { errorCorrectionLevel: "M", margin: 2, width: size }).then((url) => current && setSrc(url));
    return () => {
      current = false;
    };
  }, [value, size]);
  return src ? <img src={src} width={size} height={size} alt={alt} /> : null;
}
