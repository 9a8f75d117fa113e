/** The options page: settings, import and export. */
export function Options() {
  return (
    <main style={{ maxWidth: 720, margin: '0 auto', padding: 16 }}>
      <h1>Lede settings</h1>
    </main>
  );
}
