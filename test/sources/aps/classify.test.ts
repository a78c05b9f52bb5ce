import { describe, expect, it } from 'vitest';
import { classifyFeature } from '../../../src/sources/aps/classify.js';

const c = (featureId: string, extra: { featureName?: string; api?: string; unit?: string } = {}) =>
  classifyFeature({ featureId, ...extra });

describe('classifyFeature', () => {
  it.each([
    ['automation-autocad', 'AutoCAD'],
    ['automation-revit', 'Revit'],
    ['automation-inventor', 'Inventor'],
    ['automation-3dsmax', '3ds Max'],
    ['da-fusion', 'Fusion'],
    ['designautomation', 'Other engines'],
  ])('Automation API by engine: %s → %s', (id, group) => {
    expect(c(id)).toMatchObject({ api: 'Automation API', group, unit: 'processing hour' });
  });

  it('reads the engine from the name when the id says nothing of it', () => {
    expect(c('feat-0193', { featureName: 'Design Automation for Revit' })).toMatchObject({
      api: 'Automation API',
      group: 'Revit',
      name: 'Design Automation for Revit',
    });
  });

  it('does not take "max" out of another word for 3ds Max', () => {
    expect(c('automation-maximum-test').group).toBe('Other engines');
  });

  it.each([
    ['md-simple', 'Simple jobs'],
    ['md-complex', 'Complex jobs'],
    ['model-derivative-complex-job', 'Complex jobs'],
    ['modelderivative', 'Jobs'],
  ])('Model Derivative: %s → %s', (id, group) => {
    expect(c(id)).toMatchObject({ api: 'Model Derivative', group, unit: 'job' });
  });

  it.each([
    ['basic-interactions', 'Basic Interactions'],
    ['reality-capture-photo', 'Reality Capture'],
    ['flow-graph-engine', 'Flow Graph Engine'],
    ['aec-data-model-out', 'AEC Data Model'],
    ['mfg-data-model-in', 'Manufacturing Data Model'],
  ])('%s → %s', (id, api) => {
    expect(c(id).api).toBe(api);
  });

  it('splits data models into in and out', () => {
    expect(c('aec-data-model-out').group).toBe('Data out');
    expect(c('aecdm_in').group).toBe('Data in');
    expect(c('manufacturing-data-model-egress').group).toBe('Data out');
  });

  it('derives a name when APS gives none, keeps APS’s label when it does', () => {
    expect(c('md-complex').name).toBe('Model Derivative - Complex jobs');
    expect(c('basic-interactions').name).toBe('Basic Interactions');
    expect(c('md-complex', { featureName: 'Model Derivative - complex job' }).name).toBe(
      'Model Derivative - complex job',
    );
  });

  it('falls back to the catalogue’s API name only when the id and name say nothing', () => {
    expect(c('x-1', { api: 'Reality Capture' }).api).toBe('Reality Capture');
    expect(c('automation-revit', { api: 'Model Derivative' }).api).toBe('Automation API');
  });

  it('keeps an unknown feature under its own name in "Other"', () => {
    expect(c('quantum-render', { featureName: 'Quantum rendering', unit: 'qubit' })).toEqual({
      api: 'Other',
      group: 'Quantum rendering',
      name: 'Quantum rendering',
      unit: 'qubit',
    });
    expect(c('quantum-render')).toEqual({
      api: 'Other',
      group: 'quantum-render',
      name: 'quantum-render',
      unit: '',
    });
  });

  it('prefers the unit APS reported over the rule’s usual one', () => {
    expect(c('automation-revit', { unit: 'processing minute' }).unit).toBe('processing minute');
  });

  it('applies config overrides field by field', () => {
    expect(
      classifyFeature(
        { featureId: 'quantum-render' },
        { api: 'Labs', group: 'Quantum', name: 'QR', unit: 'run' },
      ),
    ).toEqual({
      api: 'Labs',
      group: 'Quantum',
      name: 'QR',
      unit: 'run',
    });
    expect(classifyFeature({ featureId: 'automation-revit' }, { name: 'Revit batches' })).toEqual({
      api: 'Automation API',
      group: 'Revit',
      name: 'Revit batches',
      unit: 'processing hour',
    });
  });
});
