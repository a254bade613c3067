000100*================================================================*BENRTN01
000200*                                                                *BENRTN01
000300*  PROGRAM     BENRTN01                                          *BENRTN01
000400*  TITLE       RETURNED PAYMENTS AND ISSUE CONFIRMATION          *BENRTN01
000500*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS)                     *BENRTN01
000600*                                                                *BENRTN01
000700*  JOB         BENRTNJ STEP020 (PROC BENDB2P, PROG=BENRTN01)     *BENRTN01
000800*  PLAN        BENRTNPL                                          *BENRTN01
000900*  INPUT       CTLCARD  RUN CONTROL CARD (RUNDATE=CCYYMMDD)      *BENRTN01
001000*              RTNIN    RETURNED CREDITS FROM THE BANKS (RTNREC) *BENRTN01
001100*                       SORTED BY REFERENCE IN BENRTNJ STEP010   *BENRTN01
001200*  OUTPUT      WORKLST  CLERICAL WORK LIST (133 PRINT)           *BENRTN01
001300*  DB2         PAYMENT   UPDATE STATUS (P -> I, I -> R)          *BENRTN01
001400*              CLAIM     UPDATE STATUS (SUSPEND ON DEATH)        *BENRTN01
001500*              CLAIMANT  UPDATE (BACK TO GIROCHEQUE)             *BENRTN01
001600*              AUDIT_LOG INSERT                                  *BENRTN01
001700*                                                                *BENRTN01
001800*  STEP 1  PAYMENTS STILL PENDING FROM EARLIER RUNS HAVE NOW     *BENRTN01
001900*          LEFT IN THE BACS / CHEQUE / POCA FILES - MARK THEM    *BENRTN01
002000*          ISSUED.                                               *BENRTN01
002100*  STEP 2  FOR EACH RETURNED CREDIT: MARK THE PAYMENT RETURNED;  *BENRTN01
002200*          PAYEE DECEASED - SUSPEND THE CLAIM; ACCOUNT CLOSED,   *BENRTN01
002300*          TRANSFERRED OR UNKNOWN - PAY BY GIROCHEQUE UNTIL NEW  *BENRTN01
002400*          BANK DETAILS ARE GIVEN.  ANY RECOVERY TAKEN FROM THE  *BENRTN01
002500*          PAYMENT GOES ON THE WORK LIST TO BE REINSTATED BY     *BENRTN01
002600*          HAND (THE PAYMENT ROW DOES NOT HOLD THE DEBT ID).     *BENRTN01
002700*                                                                *BENRTN01
002800*  CHANGE HISTORY                                                *BENRTN01
002900*  09/06/04 TW  CR1655  ORIGINAL                                 *BENRTN01
003000*  27/09/04 TW  CR1744  DECEASED - SUSPEND THE CLAIM             *BENRTN01
003100*  16/02/09 AS  CR3077  TRANSFERRED ACCOUNTS, ISSUE CONFIRMATION *BENRTN01
003200*                                                                *BENRTN01
003300*================================================================*BENRTN01
003400 IDENTIFICATION DIVISION.                                         BENRTN01
003500 PROGRAM-ID.    BENRTN01.                                         BENRTN01
003600 AUTHOR.        T WALSH.                                          BENRTN01
003700 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENRTN01
003800 DATE-WRITTEN.  JUNE 2004.                                        BENRTN01
003900 DATE-COMPILED.                                                   BENRTN01
004000 ENVIRONMENT DIVISION.                                            BENRTN01
004100 CONFIGURATION SECTION.                                           BENRTN01
004200 SOURCE-COMPUTER. IBM-390.                                        BENRTN01
004300 OBJECT-COMPUTER. IBM-390.                                        BENRTN01
004400 INPUT-OUTPUT SECTION.                                            BENRTN01
004500 FILE-CONTROL.                                                    BENRTN01
004600     SELECT CONTROL-CARD   ASSIGN TO CTLCARD.                     BENRTN01
004700     SELECT RETURNS-FILE   ASSIGN TO RTNIN                        BENRTN01
004800            FILE STATUS IS WS-RTN-STATUS.                         BENRTN01
004900     SELECT WORK-LIST      ASSIGN TO WORKLST                      BENRTN01
005000            FILE STATUS IS WS-WKL-STATUS.                         BENRTN01
005100 DATA DIVISION.                                                   BENRTN01
005200 FILE SECTION.                                                    BENRTN01
005300 FD  CONTROL-CARD                                                 BENRTN01
005400     RECORDING MODE IS F.                                         BENRTN01
005500 01  CC-CONTROL-CARD.                                             BENRTN01
005600     05  CC-KEYWORD                  PIC X(8).                    BENRTN01
005700     05  CC-RUN-DATE                 PIC 9(8).                    BENRTN01
005800     05  FILLER                      PIC X(64).                   BENRTN01
005900 FD  RETURNS-FILE                                                 BENRTN01
006000     RECORDING MODE IS F                                          BENRTN01
006100     BLOCK CONTAINS 0 RECORDS.                                    BENRTN01
006200     COPY RTNREC.                                                 BENRTN01
006300 FD  WORK-LIST                                                    BENRTN01
006400     RECORDING MODE IS F.                                         BENRTN01
006500 01  WL-PRINT-LINE                   PIC X(132).                  BENRTN01
006600 WORKING-STORAGE SECTION.                                         BENRTN01
006700 01  WS-FILE-STATUSES.                                            BENRTN01
006800     05  WS-RTN-STATUS               PIC X(2).                    BENRTN01
006900         88  WS-RTN-OK                   VALUE '00'.              BENRTN01
007000     05  WS-WKL-STATUS               PIC X(2).                    BENRTN01
007100 01  WS-SWITCHES.                                                 BENRTN01
007200     05  WS-RTN-EOF-SW               PIC X     VALUE 'N'.         BENRTN01
007300         88  WS-RTN-EOF                  VALUE 'Y'.               BENRTN01
007400 01  WS-RUN-DATE                     PIC 9(8).                    BENRTN01
007500 01  WS-RUN-DATE-R REDEFINES WS-RUN-DATE.                         BENRTN01
007600     05  WS-RUN-CCYY                 PIC 9(4).                    BENRTN01
007700     05  WS-RUN-MM                   PIC 9(2).                    BENRTN01
007800     05  WS-RUN-DD                   PIC 9(2).                    BENRTN01
007900 01  WS-RUN-DATE-ISO                 PIC X(10).                   BENRTN01
008000 01  WS-COUNTS.                                                   BENRTN01
008100     05  WS-ISSUED                   PIC S9(9) COMP   VALUE 0.    BENRTN01
008200     05  WS-RETURNS-READ             PIC S9(7) COMP-3 VALUE 0.    BENRTN01
008300     05  WS-RETURNS-MATCHED          PIC S9(7) COMP-3 VALUE 0.    BENRTN01
008400     05  WS-RETURNS-UNMATCHED        PIC S9(7) COMP-3 VALUE 0.    BENRTN01
008500     05  WS-CLAIMS-SUSPENDED         PIC S9(7) COMP-3 VALUE 0.    BENRTN01
008600     05  WS-SWITCHED-TO-CHEQUE       PIC S9(7) COMP-3 VALUE 0.    BENRTN01
008700     05  WS-EDIT-COUNT               PIC ZZZ,ZZZ,ZZ9.             BENRTN01
008800 01  WS-RETURNED-AMOUNT              PIC S9(9)V99 COMP-3.         BENRTN01
008900 01  WS-ACTION                       PIC X(30).                   BENRTN01
009000 01  WS-AUDIT-TEXT                   PIC X(100).                  BENRTN01
009100 01  WL-HEADING.                                                  BENRTN01
009200     05  FILLER                      PIC X(45) VALUE              BENRTN01
009300         'BENRTN01  RETURNED PAYMENTS - CLERICAL WORK'.           BENRTN01
009400     05  FILLER                      PIC X(10) VALUE 'RUN DATE '. BENRTN01
009500     05  WL-HDG-DATE                 PIC X(10).                   BENRTN01
009600     05  FILLER                      PIC X(67) VALUE SPACES.      BENRTN01
009700 01  WL-DETAIL.                                                   BENRTN01
009800     05  WL-REFERENCE                PIC X(18).                   BENRTN01
009900     05  FILLER                      PIC X(2)  VALUE SPACES.      BENRTN01
010000     05  WL-CLAIM-ID                 PIC Z(8)9.                   BENRTN01
010100     05  FILLER                      PIC X(2)  VALUE SPACES.      BENRTN01
010200     05  WL-PAYEE                    PIC X(18).                   BENRTN01
010300     05  FILLER                      PIC X(2)  VALUE SPACES.      BENRTN01
010400     05  WL-AMOUNT                   PIC ZZZ,ZZ9.99.              BENRTN01
010500     05  FILLER                      PIC X(2)  VALUE SPACES.      BENRTN01
010600     05  WL-REASON                   PIC X.                       BENRTN01
010700     05  FILLER                      PIC X(2)  VALUE SPACES.      BENRTN01
010800     05  WL-ACTION                   PIC X(30).                   BENRTN01
010900     05  FILLER                      PIC X(2)  VALUE SPACES.      BENRTN01
011000     05  WL-RECOVERED                PIC ZZ,ZZ9.99                BENRTN01
011100                                     BLANK WHEN ZERO.             BENRTN01
011200     05  FILLER                      PIC X(25) VALUE SPACES.      BENRTN01
011300     COPY DB2ERR.                                                 BENRTN01
011400     EXEC SQL INCLUDE SQLCA    END-EXEC.                          BENRTN01
011500     EXEC SQL INCLUDE DCLPAYMT END-EXEC.                          BENRTN01
011600     EXEC SQL INCLUDE DCLCLAIM END-EXEC.                          BENRTN01
011700     EXEC SQL INCLUDE DCLCLMNT END-EXEC.                          BENRTN01
011800     EXEC SQL INCLUDE DCLAUDIT END-EXEC.                          BENRTN01
011900/                                                                 BENRTN01
012000 PROCEDURE DIVISION.                                              BENRTN01
012100*                                                                 BENRTN01
012200 0000-MAINLINE.                                                   BENRTN01
012300     PERFORM 1000-INITIALISE                                      BENRTN01
012400     PERFORM 2000-MARK-ISSUED                                     BENRTN01
012500     PERFORM 3000-PROCESS-RETURN                                  BENRTN01
012600         UNTIL WS-RTN-EOF                                         BENRTN01
012700     PERFORM 9000-TERMINATE                                       BENRTN01
012800     GOBACK.                                                      BENRTN01
012900*                                                                 BENRTN01
013000 1000-INITIALISE.                                                 BENRTN01
013100     EXEC SQL WHENEVER SQLERROR GO TO 9800-DB2-ERROR END-EXEC     BENRTN01
013200     EXEC SQL WHENEVER NOT FOUND CONTINUE END-EXEC                BENRTN01
013300     MOVE 'BENRTN01' TO DB2-ERR-PROGRAM                           BENRTN01
013400     OPEN INPUT  CONTROL-CARD RETURNS-FILE                        BENRTN01
013500          OUTPUT WORK-LIST                                        BENRTN01
013600     READ CONTROL-CARD                                            BENRTN01
013700         AT END                                                   BENRTN01
013800             MOVE ZERO TO CC-RUN-DATE                             BENRTN01
013900     END-READ                                                     BENRTN01
014000     CLOSE CONTROL-CARD                                           BENRTN01
014100     IF CC-RUN-DATE NOT NUMERIC OR CC-RUN-DATE = ZERO             BENRTN01
014200     OR NOT WS-RTN-OK                                             BENRTN01
014300         DISPLAY 'BENRTN01 NO RUN DATE OR RTNIN NOT AVAILABLE'    BENRTN01
014400         MOVE 16 TO RETURN-CODE                                   BENRTN01
014500         GOBACK                                                   BENRTN01
014600     END-IF                                                       BENRTN01
014700     MOVE CC-RUN-DATE TO WS-RUN-DATE                              BENRTN01
014800     STRING WS-RUN-CCYY '-' WS-RUN-MM '-' WS-RUN-DD               BENRTN01
014900            DELIMITED BY SIZE INTO WS-RUN-DATE-ISO                BENRTN01
015000     MOVE WS-RUN-DATE-ISO TO WL-HDG-DATE                          BENRTN01
015100     WRITE WL-PRINT-LINE FROM WL-HEADING AFTER ADVANCING PAGE     BENRTN01
015200     MOVE SPACES TO WL-PRINT-LINE                                 BENRTN01
015300     WRITE WL-PRINT-LINE AFTER ADVANCING 1 LINE                   BENRTN01
015400     PERFORM 3900-READ-RETURN.                                    BENRTN01
015500*                                                                 BENRTN01
015600*----------------------------------------------------------------*BENRTN01
015700* 2000  EVERYTHING STILL PENDING FROM BEFORE TODAY HAS GONE      *BENRTN01
015800*----------------------------------------------------------------*BENRTN01
015900 2000-MARK-ISSUED.                                                BENRTN01
016000     MOVE 'MARK-ISSUED' TO DB2-ERR-PARAGRAPH                      BENRTN01
016100     EXEC SQL                                                     BENRTN01
016200         UPDATE PAYMENT                                           BENRTN01
016300            SET STATUS = 'I'                                      BENRTN01
016400          WHERE STATUS = 'P'                                      BENRTN01
016500            AND PAYMENT_DATE < :WS-RUN-DATE-ISO                   BENRTN01
016600     END-EXEC                                                     BENRTN01
016700     MOVE SQLERRD (3) TO WS-ISSUED                                BENRTN01
016800     EXEC SQL COMMIT END-EXEC.                                    BENRTN01
016900*                                                                 BENRTN01
017000*----------------------------------------------------------------*BENRTN01
017100* 3000  ONE RETURNED CREDIT                                      *BENRTN01
017200*----------------------------------------------------------------*BENRTN01
017300 3000-PROCESS-RETURN.                                             BENRTN01
017400     IF RT-DETAIL                                                 BENRTN01
017500         ADD 1 TO WS-RETURNS-READ                                 BENRTN01
017600         COMPUTE WS-RETURNED-AMOUNT = RT-AMOUNT-PENCE / 100       BENRTN01
017700         PERFORM 3100-FIND-PAYMENT                                BENRTN01
017800         IF SQLCODE = +100                                        BENRTN01
017900             ADD 1 TO WS-RETURNS-UNMATCHED                        BENRTN01
018000             MOVE ZERO TO PAY-CLAIM-ID PAY-RECOVERY-DEDUCTED      BENRTN01
018100             MOVE 'NO PAYMENT WITH THIS REFERENCE' TO WS-ACTION   BENRTN01
018200         ELSE                                                     BENRTN01
018300             ADD 1 TO WS-RETURNS-MATCHED                          BENRTN01
018400             PERFORM 3200-RETURN-PAYMENT                          BENRTN01
018500         END-IF                                                   BENRTN01
018600         PERFORM 3800-WORK-LIST-LINE                              BENRTN01
018700     END-IF                                                       BENRTN01
018800     PERFORM 3900-READ-RETURN.                                    BENRTN01
018900*                                                                 BENRTN01
019000 3100-FIND-PAYMENT.                                               BENRTN01
019100     MOVE 'FIND-PAYMENT' TO DB2-ERR-PARAGRAPH                     BENRTN01
019200     MOVE 13 TO PAY-REFERENCE-LEN                                 BENRTN01
019300     MOVE RT-REFERENCE TO PAY-REFERENCE-TEXT                      BENRTN01
019400     EXEC SQL                                                     BENRTN01
019500         SELECT PAYMENT_ID, CLAIM_ID, AMOUNT,                     BENRTN01
019600                RECOVERY_DEDUCTED, METHOD, STATUS                 BENRTN01
019700           INTO :PAY-PAYMENT-ID, :PAY-CLAIM-ID, :PAY-AMOUNT,      BENRTN01
019800                :PAY-RECOVERY-DEDUCTED, :PAY-METHOD, :PAY-STATUS  BENRTN01
019900           FROM PAYMENT                                           BENRTN01
020000          WHERE REFERENCE = :PAY-REFERENCE                        BENRTN01
020100     END-EXEC.                                                    BENRTN01
020200*                                                                 BENRTN01
020300 3200-RETURN-PAYMENT.                                             BENRTN01
020400     MOVE 'RETURN-PAYMENT' TO DB2-ERR-PARAGRAPH                   BENRTN01
020500     EXEC SQL                                                     BENRTN01
020600         UPDATE PAYMENT                                           BENRTN01
020700            SET STATUS = 'R'                                      BENRTN01
020800          WHERE PAYMENT_ID = :PAY-PAYMENT-ID                      BENRTN01
020900     END-EXEC                                                     BENRTN01
021000     EVALUATE TRUE                                                BENRTN01
021100         WHEN RT-PAYEE-DECEASED                                   BENRTN01
021200             PERFORM 3300-SUSPEND-CLAIM                           BENRTN01
021300         WHEN RT-BANK-DETAILS-WRONG                               BENRTN01
021400             PERFORM 3400-SWITCH-TO-CHEQUE                        BENRTN01
021500         WHEN RT-REFER-TO-PAYER                                   BENRTN01
021600             MOVE 'REFER TO PAYER - CONTACT THE BANK' TO WS-ACTIONBENRTN01
021700         WHEN OTHER                                               BENRTN01
021800             MOVE 'UNKNOWN REASON - CHECK ADVICE' TO WS-ACTION    BENRTN01
021900     END-EVALUATE                                                 BENRTN01
022000     STRING 'PAYMENT ' RT-REFERENCE ' RETURNED REASON '           BENRTN01
022100            RT-REASON-CODE ' - ' WS-ACTION                        BENRTN01
022200            DELIMITED BY SIZE INTO WS-AUDIT-TEXT                  BENRTN01
022300     PERFORM 3700-AUDIT                                           BENRTN01
022400     EXEC SQL COMMIT END-EXEC.                                    BENRTN01
022500*                                                                 BENRTN01
022600*    CR1744 - NO MORE PAYMENTS UNTIL THE ESTATE IS SETTLED        BENRTN01
022700 3300-SUSPEND-CLAIM.                                              BENRTN01
022800     MOVE PAY-CLAIM-ID TO CLM-CLAIM-ID                            BENRTN01
022900     EXEC SQL                                                     BENRTN01
023000         UPDATE CLAIM                                             BENRTN01
023100            SET STATUS       = 'S',                               BENRTN01
023200                LAST_UPDATED = CURRENT TIMESTAMP                  BENRTN01
023300          WHERE CLAIM_ID = :CLM-CLAIM-ID                          BENRTN01
023400            AND STATUS   = 'W'                                    BENRTN01
023500     END-EXEC                                                     BENRTN01
023600     IF SQLERRD (3) > ZERO                                        BENRTN01
023700         ADD 1 TO WS-CLAIMS-SUSPENDED                             BENRTN01
023800     END-IF                                                       BENRTN01
023900     MOVE 'PAYEE DECEASED - CLAIM SUSPENDED' TO WS-ACTION.        BENRTN01
024000*                                                                 BENRTN01
024100 3400-SWITCH-TO-CHEQUE.                                           BENRTN01
024200     MOVE PAY-CLAIM-ID TO CLM-CLAIM-ID                            BENRTN01
024300     EXEC SQL                                                     BENRTN01
024400         UPDATE CLAIMANT                                          BENRTN01
024500            SET PAYMENT_METHOD = 'C',                             BENRTN01
024600                SORT_CODE      = NULL,                            BENRTN01
024700                ACCOUNT_NUMBER = NULL                             BENRTN01
024800          WHERE CLAIMANT_ID =                                     BENRTN01
024900                (SELECT CLAIMANT_ID FROM CLAIM                    BENRTN01
025000                  WHERE CLAIM_ID = :CLM-CLAIM-ID)                 BENRTN01
025100     END-EXEC                                                     BENRTN01
025200     ADD 1 TO WS-SWITCHED-TO-CHEQUE                               BENRTN01
025300     MOVE 'ACCOUNT INVALID - NOW GIROCHEQUE' TO WS-ACTION.        BENRTN01
025400*                                                                 BENRTN01
025500 3700-AUDIT.                                                      BENRTN01
025600     MOVE 'BATCH01'          TO AUD-USER-ID-TEXT                  BENRTN01
025700     MOVE 7                  TO AUD-USER-ID-LEN                   BENRTN01
025800     MOVE 'RETURN'           TO AUD-ACTION-TEXT                   BENRTN01
025900     MOVE 6                  TO AUD-ACTION-LEN                    BENRTN01
026000     MOVE 'PAYMENT'          TO AUD-ENTITY-TYPE-TEXT              BENRTN01
026100     MOVE 7                  TO AUD-ENTITY-TYPE-LEN               BENRTN01
026200     MOVE PAY-PAYMENT-ID     TO AUD-ENTITY-ID                     BENRTN01
026300     MOVE WS-AUDIT-TEXT      TO AUD-DETAIL-TEXT                   BENRTN01
026400     MOVE 100                TO AUD-DETAIL-LEN                    BENRTN01
026500     EXEC SQL                                                     BENRTN01
026600         INSERT INTO AUDIT_LOG                                    BENRTN01
026700                (AUDIT_ID, USER_ID, ACTION, ENTITY_TYPE,          BENRTN01
026800                 ENTITY_ID, DETAIL, CREATED_TS)                   BENRTN01
026900         VALUES (NEXT VALUE FOR AUDIT_SEQ, :AUD-USER-ID,          BENRTN01
027000                 :AUD-ACTION, :AUD-ENTITY-TYPE, :AUD-ENTITY-ID,   BENRTN01
027100                 :AUD-DETAIL, CURRENT TIMESTAMP)                  BENRTN01
027200     END-EXEC.                                                    BENRTN01
027300*                                                                 BENRTN01
027400 3800-WORK-LIST-LINE.                                             BENRTN01
027500     MOVE SPACES              TO WL-DETAIL                        BENRTN01
027600     MOVE RT-REFERENCE        TO WL-REFERENCE                     BENRTN01
027700     MOVE PAY-CLAIM-ID        TO WL-CLAIM-ID                      BENRTN01
027800     MOVE RT-PAYEE-NAME       TO WL-PAYEE                         BENRTN01
027900     MOVE WS-RETURNED-AMOUNT  TO WL-AMOUNT                        BENRTN01
028000     MOVE RT-REASON-CODE      TO WL-REASON                        BENRTN01
028100     MOVE WS-ACTION           TO WL-ACTION                        BENRTN01
028200     MOVE PAY-RECOVERY-DEDUCTED TO WL-RECOVERED                   BENRTN01
028300     WRITE WL-PRINT-LINE FROM WL-DETAIL AFTER ADVANCING 1 LINE.   BENRTN01
028400*                                                                 BENRTN01
028500 3900-READ-RETURN.                                                BENRTN01
028600     READ RETURNS-FILE                                            BENRTN01
028700         AT END                                                   BENRTN01
028800             SET WS-RTN-EOF TO TRUE                               BENRTN01
028900     END-READ.                                                    BENRTN01
029000*                                                                 BENRTN01
029100 9000-TERMINATE.                                                  BENRTN01
029200     CLOSE RETURNS-FILE WORK-LIST                                 BENRTN01
029300     MOVE WS-ISSUED             TO WS-EDIT-COUNT                  BENRTN01
029400     DISPLAY 'BENRTN01 PAYMENTS MARKED ISSUED ' WS-EDIT-COUNT     BENRTN01
029500     MOVE WS-RETURNS-READ       TO WS-EDIT-COUNT                  BENRTN01
029600     DISPLAY 'BENRTN01 RETURNS READ           ' WS-EDIT-COUNT     BENRTN01
029700     MOVE WS-RETURNS-UNMATCHED  TO WS-EDIT-COUNT                  BENRTN01
029800     DISPLAY 'BENRTN01 RETURNS NOT MATCHED    ' WS-EDIT-COUNT     BENRTN01
029900     MOVE WS-CLAIMS-SUSPENDED   TO WS-EDIT-COUNT                  BENRTN01
030000     DISPLAY 'BENRTN01 CLAIMS SUSPENDED       ' WS-EDIT-COUNT     BENRTN01
030100     MOVE WS-SWITCHED-TO-CHEQUE TO WS-EDIT-COUNT                  BENRTN01
030200     DISPLAY 'BENRTN01 SWITCHED TO GIROCHEQUE ' WS-EDIT-COUNT     BENRTN01
030300     IF WS-RETURNS-UNMATCHED > ZERO                               BENRTN01
030400         MOVE 4 TO RETURN-CODE                                    BENRTN01
030500     END-IF.                                                      BENRTN01
030600*                                                                 BENRTN01
030700     COPY SQLERRP.                                                BENRTN01
