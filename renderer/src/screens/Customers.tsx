import { CustomerRecord } from '../components/customers/CustomerRecord';
import { CustomerSearch } from '../components/customers/CustomerSearch';
import { DuplicatesPanel } from '../components/customers/DuplicatesPanel';
import { useAppStore } from '../store';

/** Find a customer and see everything the council has done for them (NeSDS 23). */
export function Customers() {
  const openId = useAppStore((s) => s.openCustomerId);
  const openCustomer = useAppStore((s) => s.openCustomer);
  const role = useAppStore((s) => s.session?.staff.role);

  if (openId) {
    return (
      <CustomerRecord
        key={openId}
        id={openId}
        onBack={() => {
          openCustomer(null);
          window.setTimeout(() => document.getElementById('customer-search')?.focus());
        }}
      />
    );
  }
  return (
    <div className="customers">
      <h1>Customers</h1>
      <CustomerSearch onOpen={openCustomer} />
      {(role === 'team_leader' || role === 'administrator') && (
        <DuplicatesPanel onOpen={openCustomer} />
      )}
    </div>
  );
}
