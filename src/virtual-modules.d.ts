declare module 'virtual:demarche-datasets' {
  /** The datasets found in data/ at build time; paths relative to the app's base. */
  export const datasets: { file: string; title: string }[];
}
