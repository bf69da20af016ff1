/** A fieldset of checkboxes (roles, collections): labelled, keyboard friendly, posted as `name`. */
export function ChoiceList({
  legend,
  name,
  idPrefix,
  options,
  checked,
  empty,
}: {
  legend: string;
  name: string;
  idPrefix: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  checked: readonly string[];
  empty?: string;
}) {
  return (
    <fieldset className="admin-choices">
      <legend>{legend}</legend>
      {options.length === 0 ? <p className="muted">{empty ?? 'Nothing to choose.'}</p> : null}
      {options.map((option) => {
        const id = `${idPrefix}-${option.value}`;
        return (
          <span key={option.value} className="admin-choice">
            <input
              type="checkbox"
              id={id}
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
            />
            <label htmlFor={id}>{option.label}</label>
          </span>
        );
      })}
    </fieldset>
  );
}
