import { expect, type Page } from '@playwright/test';

/**
 * A site-to-site VPN gateway's answers to the encryption questionnaire, keyed by question id; only
 * `mass-market` differs between a mass-market gateway (5A992.c) and one that is not (5A002.a).
 * Questions the answers make irrelevant are never asked, so one map serves both paths.
 */
export function gatewayAnswers(massMarket: 'yes' | 'no'): Record<string, string> {
  return {
    form: 'commodity',
    cryptanalysis: 'no',
    extraction: 'no',
    'other-commodity': 'none',
    crypto: 'yes',
    confidentiality: 'yes',
    algorithm: 'yes',
    activation: 'yes',
    function: 'comms',
    decontrol: 'none',
    'mass-market': massMarket,
    // Mass market: described in neither § 740.17(b)(2) nor (b)(3).
    'mm-enc-paragraph': 'b1',
    // Not mass market: a complete gateway, not a component, in neither § 740.17(b)(2) nor (b)(3).
    'mass-market-component': 'no',
    'enc-paragraph': 'b1',
  };
}

/** From an item's page: opens the encryption questionnaire and answers each question it asks until the candidates show. */
export async function runEncryptionQuestionnaire(page: Page, answers: Record<string, string>): Promise<void> {
  await page.getByTestId('classify-item').click();
  await page.locator('[data-testid="questionnaire-option"][data-id="encryption"]').click();
  const question = page.getByTestId('question');
  const us = page.locator('[data-testid="candidate"][data-jurisdiction="us-ear"]');
  for (let asked = 0; asked < 30; asked++) {
    await expect(question.or(us)).toBeVisible();
    if (await us.isVisible()) return;
    const id = (await question.getAttribute('data-question-id'))!;
    const value = answers[id];
    if (!value) throw new Error(`the questionnaire asked "${id}", which this test has no answer for`);
    await question.locator(`[data-testid="question-option"][data-value="${value}"]`).click();
    await expect(question.or(us)).not.toHaveAttribute('data-question-id', id);
  }
  throw new Error('the questionnaire did not end within 30 questions');
}
