import { PARTY_KIND_LABELS } from '../../../shared/parties/types';
import { countOf } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { RedFlagMarker, ScreeningBadge } from './markers';
import { useParties } from './store';

/** The parties table, fetched a page at a time as it scrolls. */
export function PartiesTable() {
  const parties = useParties();
  return (
    <PagedTable
      list={parties}
      area="party"
      label="Parties"
      testId="parties-table"
      count={(n) => countOf(n, 'party', 'parties')}
      headers={['Party', 'Country', 'Kind', 'Due diligence', 'Screening']}
      errorTitle="The parties could not be loaded."
      empty="No party matches. Clear the filters, add a party or import a spreadsheet."
      selectedId={parties.selectedId}
      onSelect={(id) => void parties.select(id)}
      flagged={(row) => row.kyc.openRedFlags > 0}
      cells={(row) => (
        <>
          <span role="cell" className="paged-name-cell">
            <span className="paged-name" title={row.legalName}>
              {row.legalName}
            </span>
            {row.otherNames.length > 0 && (
              <span className="sub" title={row.otherNames.join('; ')}>
                {row.otherNames.join('; ')}
              </span>
            )}
          </span>
          <span role="cell" title={row.countryName}>
            <span className="country-code">{row.country}</span> <span className="sub">{row.countryName}</span>
          </span>
          <span role="cell">{PARTY_KIND_LABELS[row.kind]}</span>
          <span role="cell">
            {row.kyc.openRedFlags ? <RedFlagMarker kyc={row.kyc} /> : <span className="sub">{row.kyc.state === 'clear' ? 'Clear' : `${row.kyc.answered}/${row.kyc.total} answered`}</span>}
          </span>
          <span role="cell">
            <ScreeningBadge status={row.screening} />
          </span>
        </>
      )}
    />
  );
}
