import { asc, eq } from "drizzle-orm";
import type { Db } from "./open-database.ts";
import type { Setting, StructureKind, StructureRecord } from "../domain/structures.ts";
import { structures } from "./schema.ts";

export interface NewStructure {
  name: string;
  kind: StructureKind;
  department: string;
  region: string;
  setting: Setting;
  isDemo?: boolean;
}

export interface StructuresStore {
  list(filter?: { region?: string }): Promise<StructureRecord[]>;
  get(id: number): Promise<StructureRecord | undefined>;
  create(input: NewStructure, now: Date): Promise<StructureRecord>;
}

const columns = {
  id: structures.id,
  name: structures.name,
  kind: structures.kind,
  department: structures.department,
  region: structures.region,
  setting: structures.setting,
  isDemo: structures.isDemo,
};

export function createStructuresStore(db: Db): StructuresStore {
  return {
    async list(filter) {
      const query = db.select(columns).from(structures);
      const rows = filter?.region ? query.where(eq(structures.region, filter.region)) : query;
      return rows.orderBy(asc(structures.region), asc(structures.department), asc(structures.name)).all();
    },
    async get(id) {
      return db.select(columns).from(structures).where(eq(structures.id, id)).get();
    },
    async create(input, now) {
      return db
        .insert(structures)
        .values({ ...input, isDemo: input.isDemo ?? false, createdAt: now.toISOString() })
        .returning(columns)
        .get();
    },
  };
}
