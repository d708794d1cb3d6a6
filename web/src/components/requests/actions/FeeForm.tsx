import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FEE_GROUNDS, type FeeGround } from '../../../api/types'
import { RadioGroup } from '../../form/RadioGroup'
import { TextField } from '../../form/TextField'
import { TextAreaField } from '../../register/form/TextAreaField'
import { lines } from '../requestApi'
import { ActionForm } from './ActionForm'
import { ReasonsField } from './ReasonsField'
import { type ActionTarget, useAction } from './useAction'

/** '25', '25,5', '25.50' → 2550; null when it is not a positive amount with at most two decimals. */
export function toCents(text: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text.trim())
  if (!match) return null
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return cents > 0 ? cents : null
}

/** Warn of a reasonable fee for a manifestly unfounded or excessive request (Art. 12(5)). */
export function WarnFeeForm({ target }: { target: ActionTarget }) {
  const { t } = useTranslation()
  const state = useAction(target, 'warn_fee')
  const [ground, setGround] = useState<FeeGround | ''>('')
  const [reasons, setReasons] = useState('')
  const [amount, setAmount] = useState('')
  const [paymentDetails, setPaymentDetails] = useState('')
  return (
    <ActionForm
      {...state}
      onCancel={target.onCancel}
      onSubmit={() => {
        const cents = toCents(amount)
        const list = lines(reasons)
        if (!ground) return state.refuse(t('requests.actions.groundRequired'))
        if (list.length === 0) return state.refuse(t('requests.problems.reasons_required'))
        if (cents === null) return state.refuse(t('requests.actions.amountInvalid'))
        void state.submit({
          ground,
          reasons: list,
          amountCents: cents,
          ...(paymentDetails.trim() ? { paymentDetails: paymentDetails.trim() } : {}),
        })
      }}
    >
      <RadioGroup
        id="action-fee-ground"
        legend={t('requests.actions.feeGround')}
        options={FEE_GROUNDS.map((g) => ({ value: g, label: t(`requests.actions.feeGrounds.${g}`) }))}
        value={ground}
        onChange={setGround}
      />
      <ReasonsField value={reasons} onChange={setReasons} />
      <TextField
        id="action-amount"
        testId="action-amount"
        className="field-short"
        inputMode="decimal"
        label={t('requests.actions.amount')}
        hint={t('requests.actions.amountHint')}
        required
        value={amount}
        onChange={setAmount}
      />
      <TextAreaField
        id="action-paymentDetails"
        label={t('requests.actions.paymentDetails')}
        optional
        maxLength={1000}
        value={paymentDetails}
        onChange={setPaymentDetails}
      />
    </ActionForm>
  )
}
