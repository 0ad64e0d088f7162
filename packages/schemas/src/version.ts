/** The version of the data contract this package implements. */
export const CONTRACT_VERSION = '1.2.0';

export type ContractCompatibility =
  | { compatible: true }
  | { compatible: false; reason: 'newer-major' | 'older-major' | 'malformed' };

/**
 * A contract version as a feed writes it: `MAJOR.MINOR.PATCH` as semver spells them (no
 * leading zeros), optionally with build metadata (`1.0.0+build.7`), which semver says
 * to ignore. No pre-release (`1.0.0-rc.1`): a feed follows a published contract.
 */
export const CONTRACT_VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

function majorOf(version: string): number | undefined {
  const match = CONTRACT_VERSION_PATTERN.exec(version);
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
