import { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SAMPLE_SIZE } from '../connectors/discovery/discover'
import { registerDatasetDiscoverCommand } from './dataset-discover-command'

describe('custos dataset discover --help', () => {
  it('states the sample size discovery uses by default (written in the help so the help loads no driver)', () => {
    const dataset = new Command('dataset')
    registerDatasetDiscoverCommand(dataset)
    const help = dataset.commands.find((c) => c.name() === 'discover')?.helpInformation() ?? ''
    expect(help).toContain(`values sampled per column (default ${DEFAULT_SAMPLE_SIZE})`)
  })
})
