package se.syfte.customers;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import se.syfte.customers.db.CustomerRepository;

/** What other features' pages may know of an organisation's customers: their names, and their ids by name. */
@Service
public class CustomerService {

    private final CustomerRepository customers;

    CustomerService(CustomerRepository customers) {
        this.customers = customers;
    }

    public List<String> names(long orgId) {
        return customers.names(orgId);
    }

    public Map<String, Long> idsByName(long orgId) {
        return customers.idsByName(orgId);
    }
}
