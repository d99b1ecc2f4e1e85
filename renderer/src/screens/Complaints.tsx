// Placeholder while the screen is built in this session; replaced before the issue closes.
export function Complaints() {
  return <h1>Complaints</h1>;
}
