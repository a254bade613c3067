package com.acme.benefits.dao;

/**
 * Hands out DAO instances. DAOs are cheap and hold no connection, so a new
 * one is created per request apart from the rate DAO, which is shared.
 *
 * Change history:
 *   2002-01-08 RK  Created.
 *   2006-03-13 KT  CR-2377 user id pushed into every DAO for auditing.
 */
public class DaoFactory {

    private static final DaoFactory INSTANCE = createFactory();

    private final BenefitRateDao benefitRateDao = new BenefitRateDao();
    private String defaultUser;

    protected DaoFactory() {
    }

    private static DaoFactory createFactory() {
        DaoFactory factory = new DaoFactory();
        factory.setDefaultUser(System.getProperty("benefits.user", AbstractDao.SYSTEM_USER));
        return factory;
    }

    public static DaoFactory getInstance() {
        return INSTANCE;
    }

    public void setDefaultUser(String user) {
        this.defaultUser = user;
    }

    private AbstractDao prepare(AbstractDao dao) {
        dao.setCurrentUser(defaultUser);
        return dao;
    }

    public ClaimDao getClaimDao() {
        return (ClaimDao) prepare(new ClaimDao());
    }

    public ClaimantDao getClaimantDao() {
        return (ClaimantDao) prepare(new ClaimantDao());
    }

    public AddressDao getAddressDao() {
        return (AddressDao) prepare(new AddressDao());
    }

    public PaymentDao getPaymentDao() {
        return (PaymentDao) prepare(new PaymentDao());
    }

    public OverpaymentDao getOverpaymentDao() {
        return (OverpaymentDao) prepare(new OverpaymentDao());
    }

    public AuditLogDao getAuditLogDao() {
        return (AuditLogDao) prepare(new AuditLogDao());
    }

    public BenefitRateDao getBenefitRateDao() {
        return benefitRateDao;
    }
}
