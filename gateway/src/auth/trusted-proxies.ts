import { BlockList, isIPv4, isIPv6 } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * Which peers may tell the gateway the client's address (X-Forwarded-For): GATEWAY_TRUSTED_PROXIES,
 * a comma-separated list of addresses and CIDR ranges (default: loopback, where the web app runs on
 * one machine). From any other peer the header is dropped: a client could otherwise write any
 * address into the audit log and dodge the per-address sign-in throttling.
 */
export function trustedProxies(list: string): BlockList {
  const trusted = new BlockList();
  for (const entry of list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [address = '', bits] = entry.split('/');
    const type = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
    if (!type) throw new Error(`not an IP address or CIDR range: ${entry}`);
    if (bits === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, Number(bits), type);
  }
  return trusted;
}

/** Peer addresses as Node reports them: IPv4 peers of a dual-stack socket come as ::ffff:a.b.c.d. */
function isTrusted(trusted: BlockList, peer: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(peer)?.[1];
  if (mapped) return trusted.check(mapped, 'ipv4');
  return isIPv4(peer) ? trusted.check(peer, 'ipv4') : isIPv6(peer) && trusted.check(peer, 'ipv6');
}

/**
 * The X-Forwarded-For chain to pass on: the incoming chain (only from a trusted peer) with this
 * hop's peer appended. Services behind the gateway take the first entry as the client's address.
 */
export function forwardedFor(req: IncomingMessage, trusted: BlockList): string | null {
  const peer = req.socket.remoteAddress ?? null;
  if (!peer) return null;
  if (!isTrusted(trusted, peer)) return peer;
  const incoming = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(incoming) ? incoming.join(', ') : incoming)?.trim();
  return chain ? `${chain}, ${peer}` : peer;
}
