import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import type { GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from './schema.js';
// This test compares every feature's create and update inputs, so it reads their inputs modules whole.
/* eslint-disable no-restricted-imports */
import * as person from '../../modules/person/person.inputs.js';
import * as user from '../../modules/user/user.inputs.js';
import * as movement from '../../modules/movement/movement.inputs.js';
import * as covenant from '../../modules/covenant/covenant.inputs.js';
import * as criterion from '../../modules/covenant/covenant-criterion.inputs.js';
import * as event from '../../modules/event/event.inputs.js';
import * as unit from '../../modules/unit/unit.inputs.js';
import * as household from '../../modules/household/household.inputs.js';
import * as bloc from '../../modules/bloc/bloc.inputs.js';
import * as decision from '../../modules/decision/decision.inputs.js';
import * as commendation from '../../modules/commendation/commendation.inputs.js';
import * as tally from '../../modules/commendation/commendation-tally.inputs.js';
import * as awardType from '../../modules/award-type/award-type.inputs.js';
import * as comment from '../../modules/comment/comment.inputs.js';
/* eslint-enable no-restricted-imports */

/**
 * An update validates every field it shares with its create exactly as the create does (the same
 * limits, formats and ranges); only "required" becomes "if sent, not empty" (`@IsOptional()`).
 */
const PAIRS: [string, Function, Function][] = [];
const modules = [person, user, movement, covenant, criterion, event, unit, household, bloc, decision, commendation, tally, awardType, comment] as Record<
  string,
  unknown
>[];
for (const exports of modules) {
  for (const [name, update] of Object.entries(exports)) {
    const match = /^(Update|Edit)(\w+)Input$/.exec(name);
    if (!match || typeof update !== 'function') continue;
    const create = Object.entries(exports).find(([other]) => other === `Create${match[2]}Input` || other === `Add${match[2]}Input`)?.[1];
    if (typeof create === 'function') PAIRS.push([name, create as Function, update]);
  }
}

/** Per property, its constraints (name and arguments), without the optional marker. */
function rules(target: Function): Map<string, string[]> {
  const byProperty = new Map<string, string[]>();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(target, '', true, false)) {
    if (m.type === 'conditionalValidation') continue;
    const rule = `${m.name ?? m.type}(${JSON.stringify(m.constraints ?? [])})`;
    byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), rule].sort());
  }
  return byProperty;
}

const schema = await createSchema();
const fieldsOf = (type: Function) => Object.keys((schema.getType(type.name) as GraphQLInputObjectType).getFields());

describe('update inputs validate as create inputs', () => {
  it('finds the pairs', () => expect(PAIRS.length).toBeGreaterThanOrEqual(14));
  for (const [name, create, update] of PAIRS) {
    it(name, () => {
      const [creating, updating] = [rules(create), rules(update)];
      const shared = fieldsOf(update).filter((field) => fieldsOf(create).includes(field));
      const differences = shared
        .filter((field) => JSON.stringify(creating.get(field) ?? []) !== JSON.stringify(updating.get(field) ?? []))
        .map((field) => `${field}: create ${(creating.get(field) ?? []).join(' ')} / update ${(updating.get(field) ?? []).join(' ')}`);
      expect(differences).toEqual([]);
    });
  }
});
