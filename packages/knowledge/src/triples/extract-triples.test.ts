// The clause rules on hand-written parses shaped as CoreNLP's depparse gives them (UD relations).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractTriples, type SentenceTriple } from './extract-triples.ts';
import { parsedSentence } from './parse-fixture.ts';

function tuples(triples: SentenceTriple[]): string[] {
  return triples.map((t) => `${t.subject.text} ; ${t.relation.text} ; ${t.object.text}`);
}

describe('extractTriples', () => {
  test('a verb with object and prepositional complement; a participial modifier of the subject', () => {
    const text = 'Siemens Energy AG, based in Munich, supplies turbines to Hapag-Lloyd.';
    const sentence = parsedSentence(text, [
      'Siemens NNP 3 compound',
      'Energy NNP 3 compound',
      'AG NNP 9 nsubj',
      ', , 3 punct',
      'based VBN 7 case',
      'in IN 7 case',
      'Munich NNP 3 nmod',
      ', , 3 punct',
      'supplies VBZ 0 root',
      'turbines NNS 9 obj',
      'to IN 14 case',
      'Hapag NNP 14 compound',
      '- HYPH 14 punct',
      'Lloyd NNP 9 obl',
      '. . 9 punct',
    ]);
    const triples = extractTriples(text, sentence, 'en');
    assert.deepEqual(tuples(triples).sort(), [
      'Siemens Energy AG ; based in ; Munich',
      'Siemens Energy AG ; supplies ; turbines to Hapag-Lloyd',
    ]);
    for (const t of triples) {
      assert.equal(text.slice(t.subject.start, t.subject.end), t.subject.text);
      assert.equal(text.slice(t.object.start, t.object.end), t.object.text);
      assert.ok(t.confidence > 0 && t.confidence <= 1);
    }
  });

  test('the preposition of a first complement joins the relation; negation and auxiliaries stay in it', () => {
    const text = 'Bond did not apologize to Graves in 2008.';
    const sentence = parsedSentence(text, [
      'Bond NNP 4 nsubj',
      'did VBD 4 aux',
      'not RB 4 advmod',
      'apologize VB 0 root',
      'to IN 6 case',
      'Graves NNP 4 obl',
      'in IN 8 case',
      '2008 CD 4 obl',
      '. . 4 punct',
    ]);
    const [triple] = extractTriples(text, sentence, 'en');
    assert.equal(triple?.relation.text, 'did not apologize to');
    assert.equal(triple?.object.text, 'Graves in 2008');
    assert.equal(text.slice(triple?.relation.start, triple?.relation.end), 'did not apologize to');
  });

  test('a copula clause, an infinitive chain and a shared subject of conjoined verbs', () => {
    const text = 'Montagu was a writer and attempted to popularize the practice.';
    const sentence = parsedSentence(text, [
      'Montagu NNP 4 nsubj',
      'was VBD 4 cop',
      'a DT 4 det',
      'writer NN 0 root',
      'and CC 6 cc',
      'attempted VBD 4 conj',
      'to TO 8 mark',
      'popularize VB 6 xcomp',
      'the DT 10 det',
      'practice NN 8 obj',
      '. . 4 punct',
    ]);
    assert.deepEqual(tuples(extractTriples(text, sentence, 'en')), [
      'Montagu ; was ; a writer',
      'Montagu ; attempted to popularize ; the practice',
    ]);
  });

  test('relative clauses: the noun is the subject or the object', () => {
    const text = 'The firm that makes turbines hired the engineer whom Merz met.';
    const sentence = parsedSentence(text, [
      'The DT 2 det',
      'firm NN 6 nsubj',
      'that WDT 4 nsubj',
      'makes VBZ 2 acl:relcl',
      'turbines NNS 4 obj',
      'hired VBD 0 root',
      'the DT 8 det',
      'engineer NN 6 obj',
      'whom WP 11 obj',
      'Merz NNP 11 nsubj',
      'met VBD 8 acl:relcl',
      '. . 6 punct',
    ]);
    assert.deepEqual(tuples(extractTriples(text, sentence, 'en')).sort(), [
      'Merz ; met ; the engineer',
      'The firm ; hired ; the engineer',
      'The firm ; makes ; turbines',
    ]);
  });

  test('an apposition gives an "is" relation without offsets', () => {
    const text = 'Merz, the chancellor, visited Paris.';
    const sentence = parsedSentence(text, [
      'Merz NNP 6 nsubj',
      ', , 1 punct',
      'the DT 4 det',
      'chancellor NN 1 appos',
      ', , 1 punct',
      'visited VBD 0 root',
      'Paris NNP 6 obj',
      '. . 6 punct',
    ]);
    const triples = extractTriples(text, sentence, 'en');
    assert.deepEqual(tuples(triples).sort(), [
      'Merz ; is ; the chancellor',
      'Merz ; visited ; Paris',
    ]);
    const apposition = triples.find((t) => t.relation.text === 'is');
    assert.equal(apposition?.relation.start, undefined);
  });

  test('a sentence without a parse gives nothing', () => {
    const text = 'Merz visited Paris.';
    const sentence = {
      ...parsedSentence(text, ['Merz NNP 2 nsubj', 'visited VBD 0 root', 'Paris NNP 2 obj']),
      dependencies: [],
    };
    assert.deepEqual(extractTriples(text, sentence, 'en'), []);
  });

  test('a verb without complement gives no triple', () => {
    const text = 'Merz slept.';
    const sentence = parsedSentence(text, ['Merz NNP 2 nsubj', 'slept VBD 0 root', '. . 2 punct']);
    assert.deepEqual(extractTriples(text, sentence, 'en'), []);
  });
});

describe('extractTriples: chains', () => {
  test('an adjective with an infinitive, and a verb conjoined to the infinitive, share the chain', () => {
    const text = 'The soldiers were able to reinforce the hotel and defeat several attacks.';
    const sentence = parsedSentence(text, [
      'The DT 2 det',
      'soldiers NNS 4 nsubj',
      'were VBD 4 cop',
      'able JJ 0 root',
      'to TO 6 mark',
      'reinforce VB 4 xcomp',
      'the DT 8 det',
      'hotel NN 6 obj',
      'and CC 10 cc',
      'defeat VB 6 conj',
      'several JJ 12 amod',
      'attacks NNS 10 obj',
      '. . 4 punct',
    ]);
    assert.deepEqual(tuples(extractTriples(text, sentence, 'en')), [
      'The soldiers ; were able to reinforce ; the hotel',
      'The soldiers ; were able to defeat ; several attacks',
    ]);
  });

  test('a relative word as subject stands for the noun before it when the parser did not attach the clause', () => {
    const text = 'They honoured Jones, who authored the act.';
    const sentence = parsedSentence(text, [
      'They PRP 2 nsubj',
      'honoured VBD 0 root',
      'Jones NNP 2 obj',
      ', , 2 punct',
      'who WP 6 nsubj',
      'authored VBD 2 parataxis',
      'the DT 8 det',
      'act NN 6 obj',
      '. . 2 punct',
    ]);
    assert.deepEqual(tuples(extractTriples(text, sentence, 'en')), [
      'They ; honoured ; Jones',
      'Jones ; authored ; the act',
    ]);
  });
});
