export function DropOverlay({ text }: { text: string }) {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>{text}</p>
    </div>
  );
}
