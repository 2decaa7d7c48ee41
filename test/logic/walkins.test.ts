import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import type { Schedule } from '../../src/content/schema/common.js';
import { officeSchema, supportLineSchema, type Office } from '../../src/content/schema/walkins.js';
import {
  filterOffices,
  icsUid,
  needsReaderFilter,
  normalizeKey,
  officePlace,
  officePlaces,
  selectOffices,
  seriesFileName,
  sessionFileName,
  showValue,
  upcomingClosures,
} from '../../src/logic/walkins.js';

const office = (patch: Record<string, unknown>): Office =>
  z.parse(officeSchema, {
    name: { en: 'Office' },
    province: 'brussels',
    access: 'appointment-only',
    reviewed: '2026-11-22',
    ...patch,
  });

const wednesdays: Schedule = { rules: [{ days: ['we'], opens: '09:00', closes: '12:00' }], exceptions: [], publicHolidays: 'closed' };

describe('walk-in offices: the example content', () => {
  let offices: Office[];
  before(async () => {
    const raw = (await (await fetch('/demo/content/walkins.json')).json()) as { offices: unknown[]; supportLine: unknown };
    offices = raw.offices.map((record) => z.parse(officeSchema, record));
    const line = z.parse(supportLineSchema, raw.supportLine);
    expect(line.phone).to.equal('02 488 97 77');
  });

  it('has the three walk-in cities of the seeds, Wednesdays 9:00-12:00, and contact points by appointment, all flagged example', () => {
    const walkIns = offices.filter((o) => o.access === 'walk-in');
    expect(walkIns.map((o) => o.city?.id)).to.deep.equal(['brussels', 'liege', 'antwerp']);
    for (const o of walkIns)
      expect(o.sessions!.rules).to.deep.equal([{ days: ['we'], opens: '09:00', closes: '12:00', note: o.sessions!.rules[0]!.note }]);
    expect(offices.filter((o) => o.access === 'appointment-only')).to.have.length(3);
    expect(offices.every((o) => o.example === true)).to.equal(true);
    // No address is published: the element must say it is given on request.
    expect(offices.some((o) => o.address)).to.equal(false);
  });

  it('selects by the host’s attributes', () => {
    const ids = (selection: Parameters<typeof selectOffices>[1]) => selectOffices(offices, selection).map((o) => o.id);
    expect(ids({})).to.deep.equal(['icam-brussels', 'icam-liege', 'icam-antwerp']);
    expect(ids({ show: 'all' })).to.have.length(6);
    expect(ids({ city: 'liege' })).to.deep.equal(['icam-liege']);
    expect(ids({ city: 'Liège' }), 'a name with its accent').to.deep.equal(['icam-liege']);
    expect(ids({ city: 'Luik' }), 'the Dutch name').to.deep.equal(['icam-liege']);
    expect(ids({ city: 'brussels, antwerp' })).to.deep.equal(['icam-brussels', 'icam-antwerp']);
    expect(ids({ city: 'ghent' })).to.deep.equal([]);
    expect(ids({ province: 'hainaut' }), 'no walk-in in Hainaut').to.deep.equal([]);
    expect(ids({ province: 'hainaut', show: 'all' })).to.deep.equal(['icam-contact-point-hainaut']);
    expect(ids({ province: 'Limburg,East Flanders', show: 'all' })).to.deep.equal(['icam-contact-point-east-flanders', 'icam-contact-point-limburg']);
    expect(ids({ city: 'liege', province: 'antwerp' }), 'both must match').to.deep.equal([]);
    expect(ids({ office: 'icam-contact-point-limburg' }), 'office ignores show').to.deep.equal(['icam-contact-point-limburg']);
    expect(ids({ office: 'icam-liege,icam-antwerp', city: 'brussels' })).to.deep.equal(['icam-liege', 'icam-antwerp']);
  });

  it('offers the reader a filter only when many offices show, by city or province', () => {
    const all = selectOffices(offices, { show: 'all' });
    expect(needsReaderFilter(all)).to.equal(true);
    expect(needsReaderFilter(selectOffices(offices, {}))).to.equal(false);
    expect(officePlaces(all).map((p) => p.key)).to.deep.equal([
      'city:brussels',
      'city:liege',
      'city:antwerp',
      'province:east-flanders',
      'province:hainaut',
      'province:limburg',
    ]);
    expect(filterOffices(all, { place: 'province:hainaut' }).map((o) => o.id)).to.deep.equal(['icam-contact-point-hainaut']);
    expect(filterOffices(all, { walkInOnly: true })).to.have.length(3);
    expect(filterOffices(all, { place: 'province:hainaut', walkInOnly: true })).to.have.length(0);
    expect(filterOffices(all, {})).to.have.length(6);
  });
});

describe('walk-in offices: small rules', () => {
  it('reads show leniently', () => {
    expect(showValue('all')).to.equal('all');
    expect(showValue(' ALL ')).to.equal('all');
    expect(showValue('walk-in')).to.equal('walk-in');
    expect(showValue('everything')).to.equal('walk-in');
    expect(showValue(null)).to.equal('walk-in');
  });

  it('compares names without case, accents or punctuation', () => {
    expect(normalizeKey('Liège')).to.equal('liege');
    expect(normalizeKey(' Oost Vlaanderen ')).to.equal('oost-vlaanderen');
    expect(normalizeKey('Flandre-Orientale')).to.equal('flandre-orientale');
    expect(normalizeKey('بروكسل')).to.equal('بروكسل');
  });

  it('needs several places or both kinds of access for a filter', () => {
    const same = Array.from({ length: 5 }, (_, i) => office({ id: `o${i}` }));
    expect(needsReaderFilter(same)).to.equal(false);
    expect(needsReaderFilter([...same.slice(1), office({ id: 'x', province: 'namur' })])).to.equal(true);
    expect(needsReaderFilter(same.slice(0, 3).concat(office({ id: 'y', province: 'namur' })))).to.equal(true);
    expect(needsReaderFilter(same.slice(0, 2).concat(office({ id: 'y', province: 'namur' })))).to.equal(false);
  });

  it('places an office by its city, else by its province', () => {
    expect(officePlace(office({ id: 'a', city: { id: 'mons', name: { fr: 'Mons' } }, province: 'hainaut' })).key).to.equal('city:mons');
    expect(officePlace(office({ id: 'b', province: 'hainaut' })).key).to.equal('province:hainaut');
  });

  it('lists the closed days of the coming weeks: a holiday Wednesday and a closed exception, not changed hours', () => {
    const schedule: Schedule = {
      ...wednesdays,
      exceptions: [
        { date: '2026-11-18', kind: 'closed', note: { en: 'Staff training' } },
        { date: '2026-11-25', kind: 'changed', opens: '10:00', closes: '12:00' },
        { date: '2026-11-27', kind: 'closed' },
      ],
    };
    // Tuesday 10 November 2026, 20:00 in Brussels; Wednesday 11 November is Armistice Day.
    const closures = upcomingClosures(schedule, new Date('2026-11-10T20:00:00+01:00'));
    expect(closures.map((d) => [d.date, d.closed?.reason])).to.deep.equal([
      ['2026-11-11', 'holiday'],
      ['2026-11-18', 'exception'],
    ]);
    expect(closures[0]!.closed).to.deep.include({ reason: 'holiday' });
    expect(upcomingClosures(schedule, new Date('2026-11-10T20:00:00+01:00'), 3).map((d) => d.date)).to.deep.equal(['2026-11-11']);
    // The holiday itself, at 10:00: closed today still shows.
    expect(upcomingClosures(wednesdays, new Date('2026-11-11T10:00:00+01:00'), 0).map((d) => d.date)).to.deep.equal(['2026-11-11']);
  });

  it('counts days in Brussels time, whatever the offset of the instant', () => {
    // 23:30 on Tuesday in New York is already Wednesday 11 November in Brussels.
    const closures = upcomingClosures(wednesdays, new Date('2026-11-10T23:30:00-05:00'), 0);
    expect(closures.map((d) => d.date)).to.deep.equal(['2026-11-11']);
  });

  it('names calendar files and gives stable UIDs', () => {
    expect(sessionFileName('icam-liege', { date: '2026-11-25', opens: '09:00' })).to.equal('icam-liege-2026-11-25-0900.ics');
    expect(seriesFileName('icam-liege')).to.equal('icam-liege-walk-in-moments.ics');
    expect(icsUid('icam-liege', 'content.example.org', { date: '2026-11-25', opens: '09:00' })).to.equal(
      'icam-liege-20261125T0900@content.example.org',
    );
    expect(icsUid('icam-liege', 'content.example.org')).to.equal('icam-liege-series@content.example.org');
    expect(icsUid('icam-liege', '')).to.equal('icam-liege-series@frontline-widgets.invalid');
  });
});
