export interface MetaEntry {
  readonly key: string;
  readonly value: unknown;
}
