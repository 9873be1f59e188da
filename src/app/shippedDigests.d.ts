/** Built by vite.config.ts from scenarios/*.yaml: content hash → digest of the compiled definition's JSON. */
declare module "virtual:hotwash-shipped-digests" {
  const digests: Readonly<Record<string, string>>;
  export default digests;
}
