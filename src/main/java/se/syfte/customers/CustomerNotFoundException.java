package se.syfte.customers;

/** No customer of that id that the caller may see: whether it exists elsewhere is not told. */
public class CustomerNotFoundException extends RuntimeException {

    CustomerNotFoundException(long id) {
        super("no customer " + id);
    }
}
