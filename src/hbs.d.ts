declare module '*.hbs' {
  const source: string;
  export default source;
}
declare module '*.css' {
  const source: string;
  export default source;
}
