import { graphql } from '../gql';
import { SearchSelect, type Option } from './SearchSelect';
import type { SelectProps } from 'antd';

/** Server-searching selects for the records forms point at. Values are global IDs. */
type PickerProps = Omit<SelectProps<string | string[]>, 'options'> & { known?: Option[] };

const UnitOptions = graphql(`
  query UnitOptions($search: String, $filter: UnitFilter) {
    units(first: 20, search: $search, filter: $filter) { nodes { id name area } }
  }
`);
export function UnitPicker({ filter, ...props }: PickerProps & { filter?: object }) {
  return (
    <SearchSelect
      document={UnitOptions}
      variables={{ filter: filter as never }}
      toOptions={(d) => d.units.nodes.map((u) => ({ value: u.id, label: u.area ? `${u.name} (${u.area})` : u.name }))}
      {...props}
    />
  );
}

const BlocOptions = graphql(`
  query BlocOptions($search: String) {
    blocs(first: 20, search: $search) { nodes { id name } }
  }
`);
export function BlocPicker(props: PickerProps) {
  return <SearchSelect document={BlocOptions} toOptions={(d) => d.blocs.nodes.map((b) => ({ value: b.id, label: b.name }))} {...props} />;
}

const MovementOptions = graphql(`
  query MovementOptions($search: String) {
    movements(first: 20, search: $search) { nodes { id name } }
  }
`);
export function MovementPicker(props: PickerProps) {
  return <SearchSelect document={MovementOptions} toOptions={(d) => d.movements.nodes.map((m) => ({ value: m.id, label: m.name }))} {...props} />;
}

const PersonOptions = graphql(`
  query PersonOptions($search: String) {
    people(first: 20, search: $search) { nodes { id fullName birthYear unit { name } } }
  }
`);
export function PersonPicker(props: PickerProps) {
  return (
    <SearchSelect
      document={PersonOptions}
      toOptions={(d) => d.people.nodes.map((p) => ({ value: p.id, label: [p.fullName, p.birthYear, p.unit?.name].filter(Boolean).join(' – ') }))}
      {...props}
    />
  );
}

const HouseholdOptions = graphql(`
  query HouseholdOptions($search: String) {
    households(first: 20, search: $search) { nodes { id name address } }
  }
`);
export function HouseholdPicker(props: PickerProps) {
  return (
    <SearchSelect
      document={HouseholdOptions}
      toOptions={(d) => d.households.nodes.map((h) => ({ value: h.id, label: h.address ? `${h.name} – ${h.address}` : h.name }))}
      {...props}
    />
  );
}

const DecisionOptions = graphql(`
  query DecisionOptions($search: String) {
    decisions(first: 20, search: $search) { nodes { id number issuer issuedOn subject } }
  }
`);
export function DecisionPicker(props: PickerProps) {
  return (
    <SearchSelect
      document={DecisionOptions}
      toOptions={(d) => d.decisions.nodes.map((x) => ({ value: x.id, label: `${x.number ?? '(không số)'} – ${x.issuer}: ${x.subject}` }))}
      {...props}
    />
  );
}

const AwardTypeOptions = graphql(`
  query AwardTypeOptions($search: String, $filter: AwardTypeFilter) {
    awardTypes(first: 50, search: $search, filter: $filter, orderBy: [{ field: RANK, direction: DESC }]) { nodes { id nameVi nameEn } }
  }
`);
/** Award types, optionally only those that fit a subject kind (filter: { subjectKind: { eq: … } }). */
export function AwardTypePicker({ filter, ...props }: PickerProps & { filter?: object }) {
  return (
    <SearchSelect
      document={AwardTypeOptions}
      variables={{ filter: filter as never }}
      toOptions={(d) => d.awardTypes.nodes.map((a) => ({ value: a.id, label: a.nameVi }))}
      {...props}
    />
  );
}

const EventOptions = graphql(`
  query EventOptions($search: String) {
    events(first: 20, filter: { title: { contains: $search } }) { nodes { id title heldOn } }
  }
`);
export function EventPicker(props: PickerProps) {
  return <SearchSelect document={EventOptions} toOptions={(d) => d.events.nodes.map((e) => ({ value: e.id, label: `${e.title} (${e.heldOn})` }))} {...props} />;
}
