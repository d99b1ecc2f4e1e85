// Placeholder while the screen is built in this session; replaced before the issue closes.
export function Customers() {
  return <h1>Customers</h1>;
}
