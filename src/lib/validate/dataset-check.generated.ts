// Written by `npm run schema` from src/lib/model/schema.ts (scripts/generate-check.ts): do not edit.
/* eslint-disable */
import * as rules from '../model/rules';
import type { Dataset } from '../model/schema';

const hasOwn = Object.prototype.hasOwnProperty;
const k0 = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const k1 = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;
const k2 = /^\d{4}-\d{2}-\d{2}$/;
const k3 = /^https?:\/\/[^\s/?#]+\.[^\s]*$/i;
const k4 = new Set(["state","organisation","person","group"]);
const k5 = /^#[0-9a-fA-F]{6}$/;
const k6 = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const k7 = new Set(["AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST","ACCUSE","REJECT","THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT"]);
const k8 = /^\d{2,4}$/;
const k9 = /^[a-z][a-zA-Z0-9]*$/;
const k10 = new Set(["retaliation","reciprocal","response","escalation","de-escalation","procedural"]);
const k11 = new Set(["explicit","contextual","alleged"]);

/** Whether a parsed JSON value is a valid dataset, as valibot would say of DatasetSchema; nothing more. */
export const isDataset = (v: unknown): v is Dataset => c53(v);

function c0(v: any): boolean {
  return typeof v === 'string';
}

function c1(v: any): boolean {
  return v === undefined || c0(v);
}

function c2(v: any): boolean {
  return c0(v) && k0.test(v);
}

function c3(v: any): boolean {
  return c0(v) && rules.isNonBlank(v);
}

function c4(v: any): boolean {
  return c0(v) && k1.test(v);
}

function c5(v: any): boolean {
  if (typeof v !== 'object' || v === null) return false;
  for (const key in v) {
    if (!hasOwn.call(v, key) || key === '__proto__' || key === 'prototype' || key === 'constructor') continue;
    if (!c4(key) || !c3(v[key])) return false;
  }
  return true;
}

function c6(v: any): boolean {
  return c5(v) && rules.hasSomeLanguage(v);
}

function c7(v: any): boolean {
  return c3(v) || c6(v);
}

function c8(v: any): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!c4(v[i])) return false;
  return true;
}

function c9(v: any): boolean {
  return c8(v) && v.length >= 1;
}

function c10(v: any): boolean {
  return c0(v) && k2.test(v) && rules.isRealPartialDate(v);
}

function c11(v: any): boolean {
  return c0(v) && k3.test(v);
}

function c12(v: any): boolean {
  return v === undefined || c11(v);
}

function c13(v: any): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (!("name" in v) || !c3(v.name)) return false;
  if ("url" in v && !c12(v.url)) return false;
  for (const key in v) {
    switch (key) {
      case "name":
      case "url":
        continue;
    }
    return false;
  }
  return true;
}

function c14(v: any): boolean {
  return Array.isArray(v) && c2(v[0]) && c2(v[1]);
}

function c15(v: any): boolean {
  return k4.has(v);
}

function c16(v: any): boolean {
  return c0(v) && k5.test(v);
}

function c17(v: any): boolean {
  return v === undefined || c16(v);
}

function c18(v: any): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (!("id" in v) || !c2(v.id)) return false;
  if (!("name" in v) || !c7(v.name)) return false;
  if (!("shortName" in v) || !c7(v.shortName)) return false;
  if (!("kind" in v) || !c15(v.kind)) return false;
  if ("color" in v && !c17(v.color)) return false;
  for (const key in v) {
    switch (key) {
      case "id":
      case "name":
      case "shortName":
      case "kind":
      case "color":
        continue;
    }
    return false;
  }
  return true;
}

function c19(v: any): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!c18(v[i])) return false;
  return true;
}

function c20(v: any): boolean {
  return c19(v) && v.length >= 2;
}

function c21(v: any): boolean {
  return c0(v) && k6.test(v) && rules.isRealDateIfDateForm(v);
}

function c22(v: any): boolean {
  return v === undefined || c21(v);
}

function c23(v: any): boolean {
  return typeof v === 'boolean';
}

function c24(v: any): boolean {
  return v === undefined || c23(v);
}

function c25(v: any): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!c2(v[i])) return false;
  return true;
}

function c26(v: any): boolean {
  return c25(v) && v.length >= 1;
}

function c27(v: any): boolean {
  return v === undefined || c25(v);
}

function c28(v: any): boolean {
  return k7.has(v);
}

function c29(v: any): boolean {
  return v === undefined || c2(v);
}

function c30(v: any): boolean {
  return c0(v) && k8.test(v);
}

function c31(v: any): boolean {
  return v === undefined || c30(v);
}

function c32(v: any): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (!("type" in v) || !c28(v.type)) return false;
  if ("mode" in v && !c29(v.mode)) return false;
  if ("cameo" in v && !c31(v.cameo)) return false;
  for (const key in v) {
    switch (key) {
      case "type":
      case "mode":
      case "cameo":
        continue;
    }
    return false;
  }
  return true;
}

function c33(v: any): boolean {
  return c0(v) && k9.test(v);
}

function c34(v: any): boolean {
  return typeof v === 'number' && !Number.isNaN(v);
}

function c35(v: any): boolean {
  return c34(v) && v >= 0;
}

function c36(v: any): boolean {
  if (typeof v !== 'object' || v === null) return false;
  for (const key in v) {
    if (!hasOwn.call(v, key) || key === '__proto__' || key === 'prototype' || key === 'constructor') continue;
    if (!c33(key) || !c35(v[key])) return false;
  }
  return true;
}

function c37(v: any): boolean {
  return v === undefined || c36(v);
}

function c38(v: any): boolean {
  return v === undefined || c3(v);
}

function c39(v: any): boolean {
  return v === undefined || c4(v);
}

function c40(v: any): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (!("url" in v) || !c11(v.url)) return false;
  if (!("publisher" in v) || !c3(v.publisher)) return false;
  if ("title" in v && !c38(v.title)) return false;
  if ("published" in v && !c22(v.published)) return false;
  if ("language" in v && !c39(v.language)) return false;
  for (const key in v) {
    switch (key) {
      case "url":
      case "publisher":
      case "title":
      case "published":
      case "language":
        continue;
    }
    return false;
  }
  return true;
}

function c41(v: any): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!c40(v[i])) return false;
  return true;
}

function c42(v: any): boolean {
  return c41(v) && v.length >= 1;
}

function c43(v: any): boolean {
  return c34(v) && Number.isInteger(v) && v >= 1 && v <= 5;
}

function c44(v: any): boolean {
  return v === undefined || c43(v);
}

function c45(v: any): boolean {
  return v === undefined || c7(v);
}

function c46(v: any): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (!("id" in v) || !c2(v.id)) return false;
  if (!("date" in v) || !c21(v.date)) return false;
  if ("end" in v && !c22(v.end)) return false;
  if ("approximate" in v && !c24(v.approximate)) return false;
  if (!("actors" in v) || !c26(v.actors)) return false;
  if ("targets" in v && !c27(v.targets)) return false;
  if (!("category" in v) || !c32(v.category)) return false;
  if (!("title" in v) || !c7(v.title)) return false;
  if (!("summary" in v) || !c7(v.summary)) return false;
  if ("figures" in v && !c37(v.figures)) return false;
  if (!("sources" in v) || !c42(v.sources)) return false;
  if ("tags" in v && !c27(v.tags)) return false;
  if ("importance" in v && !c44(v.importance)) return false;
  if ("note" in v && !c45(v.note)) return false;
  for (const key in v) {
    switch (key) {
      case "id":
      case "date":
      case "end":
      case "approximate":
      case "actors":
      case "targets":
      case "category":
      case "title":
      case "summary":
      case "figures":
      case "sources":
      case "tags":
      case "importance":
      case "note":
        continue;
    }
    return false;
  }
  return true;
}

function c47(v: any): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!c46(v[i])) return false;
  return true;
}

function c48(v: any): boolean {
  return k10.has(v);
}

function c49(v: any): boolean {
  return k11.has(v);
}

function c50(v: any): boolean {
  return v === undefined || c41(v);
}

function c51(v: any): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (!("from" in v) || !c2(v.from)) return false;
  if (!("to" in v) || !c2(v.to)) return false;
  if (!("kind" in v) || !c48(v.kind)) return false;
  if (!("evidence" in v) || !c49(v.evidence)) return false;
  if ("note" in v && !c45(v.note)) return false;
  if ("sources" in v && !c50(v.sources)) return false;
  for (const key in v) {
    switch (key) {
      case "from":
      case "to":
      case "kind":
      case "evidence":
      case "note":
      case "sources":
        continue;
    }
    return false;
  }
  return true;
}

function c52(v: any): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!c51(v[i])) return false;
  return true;
}

function c53(v: any): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if ("$schema" in v && !c1(v.$schema)) return false;
  if (!("id" in v) || !c2(v.id)) return false;
  if (!("title" in v) || !c7(v.title)) return false;
  if (!("description" in v) || !c7(v.description)) return false;
  if (!("languages" in v) || !c9(v.languages)) return false;
  if (!("updated" in v) || !c10(v.updated)) return false;
  if (!("license" in v) || !c13(v.license)) return false;
  if (!("parties" in v) || !c14(v.parties)) return false;
  if (!("actors" in v) || !c20(v.actors)) return false;
  if (!("events" in v) || !c47(v.events)) return false;
  if (!("links" in v) || !c52(v.links)) return false;
  for (const key in v) {
    switch (key) {
      case "$schema":
      case "id":
      case "title":
      case "description":
      case "languages":
      case "updated":
      case "license":
      case "parties":
      case "actors":
      case "events":
      case "links":
        continue;
    }
    return false;
  }
  return true;
}
