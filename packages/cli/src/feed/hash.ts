// The contract's content hash lives with the contract, shared with the SDK that checks it.
export { contentHash } from '@wijkwijzer/schemas/records';
