// Placeholder while the screen is built in this session; replaced before the issue closes.
export function HandOffs() {
  return <h1>HandOffs</h1>;
}
