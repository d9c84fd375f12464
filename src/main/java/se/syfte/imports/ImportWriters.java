package se.syfte.imports;

import org.springframework.stereotype.Component;
import se.syfte.customers.db.CustomerRepository;
import se.syfte.deals.db.DealRepository;
import se.syfte.orders.db.OrderRepository;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.targets.db.TargetRepository;
import se.syfte.visits.db.VisitRepository;

/** The repositories an import writes through: each table keeps one writer, its own repository. */
@Component
record ImportWriters(
        TeamRepository teams,
        SalespersonRepository salespeople,
        CustomerRepository customers,
        TargetRepository targets,
        VisitRepository visits,
        DealRepository deals,
        OrderRepository orders) {}
