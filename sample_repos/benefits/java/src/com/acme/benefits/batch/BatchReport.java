package com.acme.benefits.batch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.acme.benefits.model.Money;
import com.acme.benefits.model.PaymentMethod;
import com.acme.benefits.util.DateUtil;
import com.acme.benefits.util.MoneyUtil;
import com.acme.benefits.util.StringUtil;

/**
 * Control report printed at the end of a batch job (SYSOUT on the
 * scheduler). Operations reconcile the totals against the BACS file.
 *
 * Change history:
 *   2002-04-15 RK  Created.
 *   2008-07-21 MP  CR-2995 totals by payment method.
 */
public class BatchReport {

    private final String jobName;
    private final List<Line> lines = new ArrayList<Line>();
    private final Map<PaymentMethod, Money> totals = new EnumMap<PaymentMethod, Money>(PaymentMethod.class);
    private Date started;
    private Date finished;
    private int paidCount;
    private int skippedCount;
    private int errorCount;
    private String fatalMessage;

    public BatchReport(String jobName) {
        this.jobName = jobName;
    }

    public void start() {
        started = new Date();
    }

    public void finish() {
        finished = new Date();
    }

    public void paid(long claimId, Money amount, PaymentMethod method) {
        paidCount++;
        Money current = totals.get(method);
        totals.put(method, current == null ? amount : current.add(amount));
        lines.add(new Line(claimId, "PAID", MoneyUtil.format(amount) + " " + method.getCode()));
    }

    public void skipped(long claimId, String reason) {
        skippedCount++;
        lines.add(new Line(claimId, "SKIP", reason));
    }

    public void error(long claimId, String message) {
        errorCount++;
        lines.add(new Line(claimId, "ERROR", message));
    }

    public void info(String message) {
        lines.add(new Line(0L, "INFO", message));
    }

    public void fatal(String message) {
        fatalMessage = message;
        errorCount++;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public int getPaidCount() {
        return paidCount;
    }

    public Money getGrandTotal() {
        return MoneyUtil.sum(totals.values());
    }

    public void print(PrintStream out) {
        out.println(StringUtil.padRight(jobName, 40) + "STARTED " + DateUtil.format(started, "dd/MM/yyyy HH:mm:ss"));
        for (int i = 0; i < lines.size(); i++) {
            out.println(lines.get(i).format());
        }
        out.println("PAID     " + StringUtil.padLeft(String.valueOf(paidCount), 8));
        out.println("SKIPPED  " + StringUtil.padLeft(String.valueOf(skippedCount), 8));
        out.println("ERRORS   " + StringUtil.padLeft(String.valueOf(errorCount), 8));
        for (Map.Entry<PaymentMethod, Money> e : totals.entrySet()) {
            out.println("TOTAL " + e.getKey().getCode() + "  " + StringUtil.padLeft(MoneyUtil.format(e.getValue()), 16));
        }
        out.println("TOTAL    " + StringUtil.padLeft(MoneyUtil.format(getGrandTotal()), 16));
        if (fatalMessage != null) {
            out.println("*** JOB ABENDED: " + fatalMessage);
        }
        out.println(StringUtil.padRight(jobName, 40) + "ENDED   " + DateUtil.format(finished, "dd/MM/yyyy HH:mm:ss"));
    }

    /** One detail line of the report. */
    public static class Line {

        private final long claimId;
        private final String type;
        private final String text;

        public Line(long claimId, String type, String text) {
            this.claimId = claimId;
            this.type = type;
            this.text = text;
        }

        public String format() {
            return StringUtil.padLeft(String.valueOf(claimId), 10, '0') + " " + StringUtil.padRight(type, 6)
                    + StringUtil.trimToEmpty(text);
        }
    }
}
