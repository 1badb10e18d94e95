import { useText, type Text } from "../../shared/locale.tsx";

/**
 * Files to take away, as plain links: the browser downloads them itself (its own progress included), and a
 * link says where it leads to assistive technology and keyboard users alike.
 */
export function DownloadLinks({ label, links }: { label: Text; links: { href: string; text: Text; hint: Text }[] }) {
  const t = useText();
  return (
    <nav className="actions no-print" aria-label={t(label)}>
      <ul className="download-links">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download>
              {t(link.text)}
            </a>{" "}
            <span className="muted">({t(link.hint)})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
