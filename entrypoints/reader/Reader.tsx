/** The offline copy of a saved article (reader.html?id=<id>). */
export function Reader() {
  return <main />;
}
