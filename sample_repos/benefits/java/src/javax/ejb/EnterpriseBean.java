package javax.ejb;

import java.io.Serializable;

/** Stand-in for the EJB 2.x API (supplied by the container at run time). */
public interface EnterpriseBean extends Serializable {
}
