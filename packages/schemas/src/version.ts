/** The version of the data contract this package implements. */
export const CONTRACT_VERSION = '1.0.0';

export type ContractCompatibility =
  | { compatible: true }
  | { compatible: false; reason: 'newer-major' | 'older-major' | 'malformed' };

function majorOf(version: string): number | undefined {
  const match = /^(\d+)\.\d+\.\d+/.exec(version);
  return match ? Number(match[1]) : undefined;
}

/**
 * A feed is readable when it has our major version. Minor versions only add
 * optional fields, which older readers keep as unknown extras.
 */
export function checkContractVersion(feedVersion: string): ContractCompatibility {
  const feedMajor = majorOf(feedVersion);
  const ourMajor = majorOf(CONTRACT_VERSION);
  if (feedMajor === undefined || ourMajor === undefined) return { compatible: false, reason: 'malformed' };
  if (feedMajor > ourMajor) return { compatible: false, reason: 'newer-major' };
  if (feedMajor < ourMajor) return { compatible: false, reason: 'older-major' };
  return { compatible: true };
}
