// A database of its own for each test, on the run's one PostgreSQL (global-setup.ts), dropped
// when the test finishes: tests run in parallel without seeing each other's rows.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { inject, onTestFinished } from 'vitest';
import { connectDatabase, type ConnectOptions, type ServerDb } from '../db/connect';

export interface FreshDatabase {
  /** Connection string for the new database. */
  url: string;
  /** A Kysely over its own pool, destroyed when the test finishes. */
  connect(options?: ConnectOptions): ServerDb;
}

async function asAdmin(statement: string): Promise<void> {
  const client = new Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(): Promise<FreshDatabase> {
  const name = `t_${randomBytes(8).toString('hex')}`;
  await asAdmin(`create database ${name}`);
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  const opened: ServerDb[] = [];
  onTestFinished(async () => {
    await Promise.all(opened.map((db) => db.destroy()));
    // `with (force)` ends any connection a failed test left open.
    await asAdmin(`drop database ${name} with (force)`);
  });
  return {
    url: url.toString(),
    connect(options) {
      const db = connectDatabase(url.toString(), options);
      opened.push(db);
      return db;
    },
  };
}
