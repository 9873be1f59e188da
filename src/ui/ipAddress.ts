const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Why typed text is not an IPv4 or IPv6 address (optionally with a /prefix), or undefined when it is one. */
export function ipAddressProblem(text: string): string | undefined {
  const value = text.trim();
  if (value === "") return "Type an IP address, e.g. 198.51.100.23 or 2001:db8::7.";
  const [address = "", prefix, extra] = value.split("/");
  if (extra !== undefined) return "An address has at most one /prefix.";
  const v6 = address.includes(":");
  if (v6 ? !isIpv6(address) : !IPV4.test(address))
    return `“${value}” is not an IP address: use four numbers 0–255 with dots (198.51.100.23) or IPv6 (2001:db8::7).`;
  if (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= (v6 ? 128 : 32)))
    return `The prefix after / must be 0–${v6 ? 128 : 32}.`;
  return undefined;
}

function isIpv6(address: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(address)) return false;
  try {
    // why: the URL parser implements the full IPv6 grammar (::, embedded IPv4) and refuses everything else.
    return new URL(`http://[${address}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}
