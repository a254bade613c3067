000100*================================================================*BENVSUP1
000200*                                                                *BENVSUP1
000300*  PROGRAM     BENVSUP1                                          *BENVSUP1
000400*  TITLE       CLAIMANT MASTER (VSAM) OVERNIGHT UPDATE           *BENVSUP1
000500*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS)                     *BENVSUP1
000600*                                                                *BENVSUP1
000700*  JOB         BENMSTJ STEP030                                   *BENVSUP1
000800*  INPUT       TRANIN   CHANGE TRANSACTIONS (CLMTRAN) CAPTURED   *BENVSUP1
000900*                       ONLINE BY BENUPD1, SORTED BY CLAIMANT    *BENVSUP1
001000*                       AND TIME IN BENMSTJ STEP020              *BENVSUP1
001100*  I-O         CLMMAST  CLAIMANT MASTER KSDS (CLMMAST)           *BENVSUP1
001200*  OUTPUT      HISTOUT  BEFORE IMAGES OF EVERY CHANGED RECORD    *BENVSUP1
001300*              ERRRPT   EXCEPTION REPORT                         *BENVSUP1
001400*  CALLS       NINOCHK  (BATCH MODE - TEMPORARY NINOS FLAGGED)   *BENVSUP1
001500*                                                                *BENVSUP1
001600*  TRANSACTIONS  A ADD CLAIMANT        C CHANGE OF ADDRESS       *BENVSUP1
001700*                P PAYMENT DETAILS     D DEATH NOTIFIED          *BENVSUP1
001800*                X DELETE (CREATED IN ERROR)                     *BENVSUP1
001900*  AFTER THE UPDATES THE MASTER IS BROWSED TO REPORT RECORDS     *BENVSUP1
002000*  STILL FLAGGED AS HAVING A CHANGE PENDING.                     *BENVSUP1
002100*                                                                *BENVSUP1
002200*  RETURN CODES  0 OK   4 TRANSACTIONS REJECTED   16 FILE ERROR  *BENVSUP1
002300*                                                                *BENVSUP1
002400*  CHANGE HISTORY                                                *BENVSUP1
002500*  20/02/91 DH          ORIGINAL (ISAM), PUNCHED CARD INPUT      *BENVSUP1
002600*  07/03/94 PS          VSAM KSDS; CHANGES FROM CICS LOG         *BENVSUP1
002700*  09/06/04 TW  CR1655  PAYMENT DETAILS TRANSACTION              *BENVSUP1
002800*  27/09/04 TW  CR1744  DEATH NOTIFICATION                       *BENVSUP1
002900*  05/11/07 MP  CR2960  PENDING CHANGE FLAG, BROWSE REPORT       *BENVSUP1
003000*  16/02/09 AS  CR3077  NINO CHECK ON ADD                        *BENVSUP1
003100*                                                                *BENVSUP1
003200*================================================================*BENVSUP1
003300 IDENTIFICATION DIVISION.                                         BENVSUP1
003400 PROGRAM-ID.    BENVSUP1.                                         BENVSUP1
003500 AUTHOR.        D HOLLOWAY.                                       BENVSUP1
003600 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENVSUP1
003700 DATE-WRITTEN.  FEBRUARY 1991.                                    BENVSUP1
003800 DATE-COMPILED.                                                   BENVSUP1
003900 ENVIRONMENT DIVISION.                                            BENVSUP1
004000 CONFIGURATION SECTION.                                           BENVSUP1
004100 SOURCE-COMPUTER. IBM-390 WITH DEBUGGING MODE.                    BENVSUP1
004200 OBJECT-COMPUTER. IBM-390.                                        BENVSUP1
004300 INPUT-OUTPUT SECTION.                                            BENVSUP1
004400 FILE-CONTROL.                                                    BENVSUP1
004500     SELECT CLAIMANT-MASTER ASSIGN TO CLMMAST                     BENVSUP1
004600            ORGANIZATION IS INDEXED                               BENVSUP1
004700            ACCESS MODE IS DYNAMIC                                BENVSUP1
004800            RECORD KEY IS CM-CLAIMANT-ID                          BENVSUP1
004900            FILE STATUS IS WS-MAST-STATUS.                        BENVSUP1
005000     SELECT TRAN-FILE       ASSIGN TO TRANIN                      BENVSUP1
005100            FILE STATUS IS WS-TRAN-STATUS.                        BENVSUP1
005200     SELECT HISTORY-FILE    ASSIGN TO HISTOUT                     BENVSUP1
005300            FILE STATUS IS WS-HIST-STATUS.                        BENVSUP1
005400     SELECT ERROR-REPORT    ASSIGN TO ERRRPT                      BENVSUP1
005500            FILE STATUS IS WS-ERR-STATUS.                         BENVSUP1
005600 DATA DIVISION.                                                   BENVSUP1
005700 FILE SECTION.                                                    BENVSUP1
005800 FD  CLAIMANT-MASTER                                              BENVSUP1
005900     RECORD CONTAINS 500 CHARACTERS.                              BENVSUP1
006000     COPY CLMMAST.                                                BENVSUP1
006100 FD  TRAN-FILE                                                    BENVSUP1
006200     RECORDING MODE IS F                                          BENVSUP1
006300     BLOCK CONTAINS 0 RECORDS                                     BENVSUP1
006400     RECORD CONTAINS 400 CHARACTERS.                              BENVSUP1
006500     COPY CLMTRAN.                                                BENVSUP1
006600 FD  HISTORY-FILE                                                 BENVSUP1
006700     RECORDING MODE IS F                                          BENVSUP1
006800     BLOCK CONTAINS 0 RECORDS.                                    BENVSUP1
006900 01  HS-HISTORY-RECORD.                                           BENVSUP1
007000     05  HS-TIMESTAMP                PIC X(26).                   BENVSUP1
007100     05  HS-TRAN-CODE                PIC X.                       BENVSUP1
007200     05  HS-USER-ID                  PIC X(8).                    BENVSUP1
007300     05  HS-RUN-DATE                 PIC 9(8).                    BENVSUP1
007400     05  HS-BEFORE-IMAGE             PIC X(500).                  BENVSUP1
007500 FD  ERROR-REPORT                                                 BENVSUP1
007600     RECORDING MODE IS F.                                         BENVSUP1
007700 01  ER-LINE                         PIC X(132).                  BENVSUP1
007800 WORKING-STORAGE SECTION.                                         BENVSUP1
007900 01  WS-FILE-STATUSES.                                            BENVSUP1
008000     05  WS-MAST-STATUS              PIC X(2).                    BENVSUP1
008100         88  WS-MAST-OK                  VALUE '00' '02'.         BENVSUP1
008200         88  WS-MAST-NOT-FOUND           VALUE '23'.              BENVSUP1
008300         88  WS-MAST-DUPLICATE           VALUE '22'.              BENVSUP1
008400         88  WS-MAST-END                 VALUE '10'.              BENVSUP1
008500     05  WS-TRAN-STATUS              PIC X(2).                    BENVSUP1
008600     05  WS-HIST-STATUS              PIC X(2).                    BENVSUP1
008700     05  WS-ERR-STATUS               PIC X(2).                    BENVSUP1
008800 01  WS-SWITCHES.                                                 BENVSUP1
008900     05  WS-TRAN-EOF-SW              PIC X     VALUE 'N'.         BENVSUP1
009000         88  WS-TRAN-EOF                 VALUE 'Y'.               BENVSUP1
009100     05  WS-BROWSE-EOF-SW            PIC X     VALUE 'N'.         BENVSUP1
009200         88  WS-BROWSE-EOF               VALUE 'Y'.               BENVSUP1
009300     05  WS-TRAN-OK-SW               PIC X.                       BENVSUP1
009400         88  WS-TRAN-OK                  VALUE 'Y'.               BENVSUP1
009500         88  WS-TRAN-REJECTED            VALUE 'N'.               BENVSUP1
009600 01  WS-COUNTERS.                                                 BENVSUP1
009700     05  WS-TRANS-READ               PIC S9(7) COMP-3 VALUE 0.    BENVSUP1
009800     05  WS-TRANS-APPLIED            PIC S9(7) COMP-3 VALUE 0.    BENVSUP1
009900     05  WS-TRANS-REJECTED           PIC S9(7) COMP-3 VALUE 0.    BENVSUP1
010000     05  WS-ADDS                     PIC S9(7) COMP-3 VALUE 0.    BENVSUP1
010100     05  WS-CHANGES                  PIC S9(7) COMP-3 VALUE 0.    BENVSUP1
010200     05  WS-DELETES                  PIC S9(7) COMP-3 VALUE 0.    BENVSUP1
010300     05  WS-MASTER-COUNT             PIC S9(9) COMP-3 VALUE 0.    BENVSUP1
010400     05  WS-ACTIVE-COUNT             PIC S9(9) COMP-3 VALUE 0.    BENVSUP1
010500     05  WS-DECEASED-COUNT           PIC S9(9) COMP-3 VALUE 0.    BENVSUP1
010600     05  WS-PENDING-COUNT            PIC S9(9) COMP-3 VALUE 0.    BENVSUP1
010700 01  WS-EDIT-COUNT                   PIC ZZZ,ZZZ,ZZ9.             BENVSUP1
010800 01  WS-RUN-DATE                     PIC 9(8).                    BENVSUP1
010900 01  WS-CURRENT-DATE-DATA.                                        BENVSUP1
011000     05  WS-CURRENT-DATE             PIC 9(8).                    BENVSUP1
011100     05  FILLER                      PIC X(13).                   BENVSUP1
011200 01  WS-MESSAGE-CODE                 PIC X(4).                    BENVSUP1
011300 01  WS-MESSAGE-TEXT                 PIC X(64).                   BENVSUP1
011400*                                                                 BENVSUP1
011500*    NINOCHK INTERFACE (NINOCHK IS FREE FORMAT AND HAS NO         BENVSUP1
011600*    COPYBOOK - KEEP THESE IN STEP WITH ITS LINKAGE SECTION)      BENVSUP1
011700 01  WS-NINO-RESULT.                                              BENVSUP1
011800     05  WS-NINO-STATUS              PIC X.                       BENVSUP1
011900         88  WS-NINO-VALID               VALUE 'V'.               BENVSUP1
012000         88  WS-NINO-INVALID             VALUE 'I'.               BENVSUP1
012100         88  WS-NINO-TEMPORARY           VALUE 'T'.               BENVSUP1
012200     05  WS-NINO-REASON              PIC X(4).                    BENVSUP1
012300     05  WS-NINO-FORMATTED           PIC X(13).                   BENVSUP1
012400 01  WS-NINO-MODE                    PIC S9(9) BINARY VALUE 1.    BENVSUP1
012500*                                                                 BENVSUP1
012600*    NEW ADDRESS BUILT HERE THEN MOVED CORRESPONDING INTO THE     BENVSUP1
012700*    MASTER - SAME ADDRREC LAYOUT UNDER A DIFFERENT GROUP         BENVSUP1
012800 01  WS-NEW-ADDRESS-AREA.                                         BENVSUP1
012900     05  WS-NEW-ADDRESS.                                          BENVSUP1
013000     COPY ADDRREC.                                                BENVSUP1
013100     COPY ERRMSGS SUPPRESS.                                       BENVSUP1
013200 01  ER-HEADING-1.                                                BENVSUP1
013300     05  FILLER                      PIC X(40)                    BENVSUP1
013400                     VALUE 'BENVSUP1  CLAIMANT MASTER UPDATE'.    BENVSUP1
013500     05  FILLER                      PIC X(20)                    BENVSUP1
013600                     VALUE 'EXCEPTION REPORT'.                    BENVSUP1
013700     05  FILLER                      PIC X(10) VALUE 'RUN DATE'.  BENVSUP1
013800     05  ER-HDG-DATE                 PIC 9999/99/99.              BENVSUP1
013900     05  FILLER                      PIC X(62) VALUE SPACES.      BENVSUP1
014000 01  ER-DETAIL.                                                   BENVSUP1
014100     05  ER-CLAIMANT-ID              PIC 9(9).                    BENVSUP1
014200     05  FILLER                      PIC X(2)  VALUE SPACES.      BENVSUP1
014300     05  ER-TRAN-CODE                PIC X.                       BENVSUP1
014400     05  FILLER                      PIC X(2)  VALUE SPACES.      BENVSUP1
014500     05  ER-TIMESTAMP                PIC X(26).                   BENVSUP1
014600     05  FILLER                      PIC X(2)  VALUE SPACES.      BENVSUP1
014700     05  ER-CODE                     PIC X(4).                    BENVSUP1
014800     05  FILLER                      PIC X(2)  VALUE SPACES.      BENVSUP1
014900     05  ER-TEXT                     PIC X(64).                   BENVSUP1
015000     05  FILLER                      PIC X(20) VALUE SPACES.      BENVSUP1
015100/                                                                 BENVSUP1
015200 PROCEDURE DIVISION.                                              BENVSUP1
015300*                                                                 BENVSUP1
015400 0000-MAINLINE.                                                   BENVSUP1
015500     PERFORM 1000-INITIALISE                                      BENVSUP1
015600     PERFORM 2000-PROCESS-TRANSACTION                             BENVSUP1
015700         UNTIL WS-TRAN-EOF                                        BENVSUP1
015800     PERFORM 5000-BROWSE-MASTER                                   BENVSUP1
015900     PERFORM 9000-TERMINATE                                       BENVSUP1
016000     STOP RUN.                                                    BENVSUP1
016100*                                                                 BENVSUP1
016200 1000-INITIALISE.                                                 BENVSUP1
016300     MOVE FUNCTION CURRENT-DATE TO WS-CURRENT-DATE-DATA           BENVSUP1
016400     MOVE WS-CURRENT-DATE TO WS-RUN-DATE                          BENVSUP1
016500     OPEN I-O    CLAIMANT-MASTER                                  BENVSUP1
016600          INPUT  TRAN-FILE                                        BENVSUP1
016700          OUTPUT HISTORY-FILE ERROR-REPORT                        BENVSUP1
016800     IF NOT WS-MAST-OK                                            BENVSUP1
016900         DISPLAY 'BENVSUP1 OPEN CLMMAST FAILED ' WS-MAST-STATUS   BENVSUP1
017000         MOVE 16 TO RETURN-CODE                                   BENVSUP1
017100         STOP RUN                                                 BENVSUP1
017200     END-IF                                                       BENVSUP1
017300     MOVE WS-RUN-DATE TO ER-HDG-DATE                              BENVSUP1
017400     WRITE ER-LINE FROM ER-HEADING-1 AFTER ADVANCING PAGE         BENVSUP1
017500     MOVE SPACES TO ER-LINE                                       BENVSUP1
017600     WRITE ER-LINE AFTER ADVANCING 1 LINE                         BENVSUP1
017700     PERFORM 1100-READ-TRANSACTION.                               BENVSUP1
017800*                                                                 BENVSUP1
017900 1100-READ-TRANSACTION.                                           BENVSUP1
018000     READ TRAN-FILE                                               BENVSUP1
018100         AT END                                                   BENVSUP1
018200             SET WS-TRAN-EOF TO TRUE                              BENVSUP1
018300         NOT AT END                                               BENVSUP1
018400             ADD 1 TO WS-TRANS-READ                               BENVSUP1
018500     END-READ.                                                    BENVSUP1
018600*                                                                 BENVSUP1
018700*----------------------------------------------------------------*BENVSUP1
018800* 2000  APPLY ONE TRANSACTION                                    *BENVSUP1
018900*----------------------------------------------------------------*BENVSUP1
019000 2000-PROCESS-TRANSACTION.                                        BENVSUP1
019100     SET WS-TRAN-OK TO TRUE                                       BENVSUP1
019200D    DISPLAY 'BENVSUP1 TRAN ' CT-TRAN-CODE ' ' CT-CLAIMANT-ID     BENVSUP1
019300     IF NOT CT-VALID-TRAN                                         BENVSUP1
019400         MOVE 'M004' TO WS-MESSAGE-CODE                           BENVSUP1
019500         PERFORM 8000-REJECT                                      BENVSUP1
019600     ELSE                                                         BENVSUP1
019700         EVALUATE TRUE                                            BENVSUP1
019800             WHEN CT-ADD-CLAIMANT                                 BENVSUP1
019900                 PERFORM 2100-ADD-CLAIMANT                        BENVSUP1
020000             WHEN CT-CHANGE-ADDRESS                               BENVSUP1
020100             WHEN CT-CHANGE-PAYMENT                               BENVSUP1
020200             WHEN CT-NOTIFY-DEATH                                 BENVSUP1
020300                 PERFORM 2200-CHANGE-CLAIMANT                     BENVSUP1
020400             WHEN CT-DELETE-CLAIMANT                              BENVSUP1
020500                 PERFORM 2300-DELETE-CLAIMANT                     BENVSUP1
020600         END-EVALUATE                                             BENVSUP1
020700     END-IF                                                       BENVSUP1
020800     IF WS-TRAN-OK                                                BENVSUP1
020900         ADD 1 TO WS-TRANS-APPLIED                                BENVSUP1
021000     END-IF                                                       BENVSUP1
021100     PERFORM 1100-READ-TRANSACTION.                               BENVSUP1
021200*                                                                 BENVSUP1
021300*----------------------------------------------------------------*BENVSUP1
021400* 2100  NEW CLAIMANT                                             *BENVSUP1
021500*----------------------------------------------------------------*BENVSUP1
021600 2100-ADD-CLAIMANT.                                               BENVSUP1
021700     CALL 'NINOCHK' USING BY CONTENT   CT-NINO                    BENVSUP1
021800                          BY REFERENCE WS-NINO-RESULT             BENVSUP1
021900                          BY VALUE     WS-NINO-MODE               BENVSUP1
022000     IF WS-NINO-INVALID                                           BENVSUP1
022100         MOVE WS-NINO-REASON TO WS-MESSAGE-CODE                   BENVSUP1
022200         PERFORM 8000-REJECT                                      BENVSUP1
022300     ELSE                                                         BENVSUP1
022400         IF WS-NINO-TEMPORARY                                     BENVSUP1
022500             MOVE 'V002' TO WS-MESSAGE-CODE                       BENVSUP1
022600             PERFORM 8100-WARN                                    BENVSUP1
022700         END-IF                                                   BENVSUP1
022800         INITIALIZE CM-CLAIMANT-RECORD                            BENVSUP1
022900         MOVE CT-CLAIMANT-ID    TO CM-CLAIMANT-ID                 BENVSUP1
023000         MOVE CT-NINO           TO CM-NINO                        BENVSUP1
023100         MOVE CT-TITLE          TO CM-TITLE                       BENVSUP1
023200         MOVE CT-FORENAME       TO CM-FORENAME                    BENVSUP1
023300         MOVE CT-SURNAME        TO CM-SURNAME                     BENVSUP1
023400         MOVE CT-DATE-OF-BIRTH  TO CM-DATE-OF-BIRTH               BENVSUP1
023500         MOVE ZERO              TO CM-DATE-OF-DEATH               BENVSUP1
023600         PERFORM 2400-BUILD-ADDRESS                               BENVSUP1
023700         MOVE CORRESPONDING WS-NEW-ADDRESS TO CM-ADDRESS          BENVSUP1
023800         MOVE CT-PAYMENT-METHOD TO CM-PAYMENT-METHOD              BENVSUP1
023900         MOVE CT-SORT-CODE      TO CM-SORT-CODE                   BENVSUP1
024000         MOVE CT-ACCOUNT-NUMBER TO CM-ACCOUNT-NUMBER              BENVSUP1
024100         IF NOT CM-VALID-METHOD                                   BENVSUP1
024200             SET CM-PAY-CHEQUE TO TRUE                            BENVSUP1
024300         END-IF                                                   BENVSUP1
024400         SET CM-ACTIVE            TO TRUE                         BENVSUP1
024500         SET CM-NO-CHANGE-PENDING TO TRUE                         BENVSUP1
024600         MOVE WS-RUN-DATE       TO CM-LAST-CHANGE-DATE            BENVSUP1
024700         MOVE CT-USER-ID        TO CM-LAST-CHANGE-USER            BENVSUP1
024800         MOVE ZERO              TO CM-CLAIM-COUNT                 BENVSUP1
024900         WRITE CM-CLAIMANT-RECORD                                 BENVSUP1
025000             INVALID KEY                                          BENVSUP1
025100                 MOVE 'M002' TO WS-MESSAGE-CODE                   BENVSUP1
025200                 PERFORM 8000-REJECT                              BENVSUP1
025300             NOT INVALID KEY                                      BENVSUP1
025400                 ADD 1 TO WS-ADDS                                 BENVSUP1
025500         END-WRITE                                                BENVSUP1
025600     END-IF.                                                      BENVSUP1
025700*                                                                 BENVSUP1
025800*----------------------------------------------------------------*BENVSUP1
025900* 2200  CHANGE OF ADDRESS, PAYMENT DETAILS OR DEATH              *BENVSUP1
026000*----------------------------------------------------------------*BENVSUP1
026100 2200-CHANGE-CLAIMANT.                                            BENVSUP1
026200     MOVE CT-CLAIMANT-ID TO CM-CLAIMANT-ID                        BENVSUP1
026300     READ CLAIMANT-MASTER                                         BENVSUP1
026400         KEY IS CM-CLAIMANT-ID                                    BENVSUP1
026500         INVALID KEY                                              BENVSUP1
026600             MOVE 'M001' TO WS-MESSAGE-CODE                       BENVSUP1
026700             PERFORM 8000-REJECT                                  BENVSUP1
026800     END-READ                                                     BENVSUP1
026900     IF WS-TRAN-OK AND CM-DECEASED                                BENVSUP1
027000         MOVE 'M005' TO WS-MESSAGE-CODE                           BENVSUP1
027100         PERFORM 8000-REJECT                                      BENVSUP1
027200     END-IF                                                       BENVSUP1
027300     IF WS-TRAN-OK                                                BENVSUP1
027400         PERFORM 2500-WRITE-HISTORY                               BENVSUP1
027500         EVALUATE TRUE                                            BENVSUP1
027600             WHEN CT-CHANGE-ADDRESS                               BENVSUP1
027700                 PERFORM 2400-BUILD-ADDRESS                       BENVSUP1
027800                 MOVE CORRESPONDING WS-NEW-ADDRESS TO CM-ADDRESS  BENVSUP1
027900             WHEN CT-CHANGE-PAYMENT                               BENVSUP1
028000                 MOVE CT-PAYMENT-METHOD TO CM-PAYMENT-METHOD      BENVSUP1
028100                 IF CM-PAY-CHEQUE                                 BENVSUP1
028200                     MOVE SPACES TO CM-SORT-CODE                  BENVSUP1
028300                                    CM-ACCOUNT-NUMBER             BENVSUP1
028400                 ELSE                                             BENVSUP1
028500                     MOVE CT-SORT-CODE      TO CM-SORT-CODE       BENVSUP1
028600                     MOVE CT-ACCOUNT-NUMBER TO CM-ACCOUNT-NUMBER  BENVSUP1
028700                 END-IF                                           BENVSUP1
028800             WHEN CT-NOTIFY-DEATH                                 BENVSUP1
028900                 MOVE CT-DATE-OF-DEATH TO CM-DATE-OF-DEATH        BENVSUP1
029000                 SET CM-DECEASED TO TRUE                          BENVSUP1
029100         END-EVALUATE                                             BENVSUP1
029200         SET CM-NO-CHANGE-PENDING TO TRUE                         BENVSUP1
029300         MOVE WS-RUN-DATE TO CM-LAST-CHANGE-DATE                  BENVSUP1
029400         MOVE CT-USER-ID  TO CM-LAST-CHANGE-USER                  BENVSUP1
029500         REWRITE CM-CLAIMANT-RECORD                               BENVSUP1
029600             INVALID KEY                                          BENVSUP1
029700                 MOVE 'M003' TO WS-MESSAGE-CODE                   BENVSUP1
029800                 PERFORM 8000-REJECT                              BENVSUP1
029900             NOT INVALID KEY                                      BENVSUP1
030000                 ADD 1 TO WS-CHANGES                              BENVSUP1
030100         END-REWRITE                                              BENVSUP1
030200     END-IF.                                                      BENVSUP1
030300*                                                                 BENVSUP1
030400*----------------------------------------------------------------*BENVSUP1
030500* 2300  DELETE - ONLY FOR RECORDS CREATED IN ERROR               *BENVSUP1
030600*----------------------------------------------------------------*BENVSUP1
030700 2300-DELETE-CLAIMANT.                                            BENVSUP1
030800     MOVE CT-CLAIMANT-ID TO CM-CLAIMANT-ID                        BENVSUP1
030900     READ CLAIMANT-MASTER                                         BENVSUP1
031000         INVALID KEY                                              BENVSUP1
031100             MOVE 'M001' TO WS-MESSAGE-CODE                       BENVSUP1
031200             PERFORM 8000-REJECT                                  BENVSUP1
031300         NOT INVALID KEY                                          BENVSUP1
031400             PERFORM 2500-WRITE-HISTORY                           BENVSUP1
031500             DELETE CLAIMANT-MASTER RECORD                        BENVSUP1
031600                 INVALID KEY                                      BENVSUP1
031700                     MOVE 'M003' TO WS-MESSAGE-CODE               BENVSUP1
031800                     PERFORM 8000-REJECT                          BENVSUP1
031900                 NOT INVALID KEY                                  BENVSUP1
032000                     ADD 1 TO WS-DELETES                          BENVSUP1
032100             END-DELETE                                           BENVSUP1
032200     END-READ.                                                    BENVSUP1
032300*                                                                 BENVSUP1
032400 2400-BUILD-ADDRESS.                                              BENVSUP1
032500     INITIALIZE WS-NEW-ADDRESS                                    BENVSUP1
032600     MOVE CT-ADDR-LINE (1) TO AD-LINE-1 OF WS-NEW-ADDRESS         BENVSUP1
032700     MOVE CT-ADDR-LINE (2) TO AD-LINE-2 OF WS-NEW-ADDRESS         BENVSUP1
032800     MOVE CT-ADDR-LINE (3) TO AD-LINE-3 OF WS-NEW-ADDRESS         BENVSUP1
032900     MOVE CT-TOWN          TO AD-TOWN   OF WS-NEW-ADDRESS         BENVSUP1
033000     MOVE CT-COUNTY        TO AD-COUNTY OF WS-NEW-ADDRESS         BENVSUP1
033100     MOVE CT-POSTCODE      TO AD-POSTCODE OF WS-NEW-ADDRESS       BENVSUP1
033200     INSPECT AD-POSTCODE OF WS-NEW-ADDRESS                        BENVSUP1
033300         CONVERTING 'abcdefghijklmnopqrstuvwxyz'                  BENVSUP1
033400                 TO 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'                  BENVSUP1
033500     IF CT-COUNTRY-CODE = SPACES                                  BENVSUP1
033600         MOVE 'GB' TO AD-COUNTRY-CODE OF WS-NEW-ADDRESS           BENVSUP1
033700     ELSE                                                         BENVSUP1
033800         MOVE CT-COUNTRY-CODE TO AD-COUNTRY-CODE OF WS-NEW-ADDRESSBENVSUP1
033900     END-IF.                                                      BENVSUP1
034000*                                                                 BENVSUP1
034100 2500-WRITE-HISTORY.                                              BENVSUP1
034200     MOVE CT-TIMESTAMP       TO HS-TIMESTAMP                      BENVSUP1
034300     MOVE CT-TRAN-CODE       TO HS-TRAN-CODE                      BENVSUP1
034400     MOVE CT-USER-ID         TO HS-USER-ID                        BENVSUP1
034500     MOVE WS-RUN-DATE        TO HS-RUN-DATE                       BENVSUP1
034600     MOVE CM-CLAIMANT-RECORD TO HS-BEFORE-IMAGE                   BENVSUP1
034700     WRITE HS-HISTORY-RECORD.                                     BENVSUP1
034800*                                                                 BENVSUP1
034900*----------------------------------------------------------------*BENVSUP1
035000* 5000  BROWSE THE WHOLE MASTER - COUNTS AND PENDING CHANGES     *BENVSUP1
035100*----------------------------------------------------------------*BENVSUP1
035200 5000-BROWSE-MASTER.                                              BENVSUP1
035300     MOVE LOW-VALUES TO CM-KEY                                    BENVSUP1
035400     START CLAIMANT-MASTER                                        BENVSUP1
035500         KEY IS NOT LESS THAN CM-CLAIMANT-ID                      BENVSUP1
035600         INVALID KEY                                              BENVSUP1
035700             SET WS-BROWSE-EOF TO TRUE                            BENVSUP1
035800     END-START                                                    BENVSUP1
035900     PERFORM UNTIL WS-BROWSE-EOF                                  BENVSUP1
036000         READ CLAIMANT-MASTER NEXT RECORD                         BENVSUP1
036100             AT END                                               BENVSUP1
036200                 SET WS-BROWSE-EOF TO TRUE                        BENVSUP1
036300             NOT AT END                                           BENVSUP1
036400                 PERFORM 5100-COUNT-RECORD                        BENVSUP1
036500         END-READ                                                 BENVSUP1
036600     END-PERFORM.                                                 BENVSUP1
036700*                                                                 BENVSUP1
036800*    CR2960 - ONE SPELLING OF THE EXCEPTION LINE WRITE FOR 5100   BENVSUP1
036900*    AND 8100; SWITCHED OFF AGAIN BEFORE 9000                     BENVSUP1
037000     REPLACE ==WRITE-EXCEPTION-LINE== BY                          BENVSUP1
037100             ==WRITE ER-LINE FROM ER-DETAIL                       BENVSUP1
037200                    AFTER ADVANCING 1 LINE==.                     BENVSUP1
037300 5100-COUNT-RECORD.                                               BENVSUP1
037400     ADD 1 TO WS-MASTER-COUNT                                     BENVSUP1
037500     EVALUATE TRUE                                                BENVSUP1
037600         WHEN CM-ACTIVE      ADD 1 TO WS-ACTIVE-COUNT             BENVSUP1
037700         WHEN CM-DECEASED    ADD 1 TO WS-DECEASED-COUNT           BENVSUP1
037800         WHEN OTHER          CONTINUE                             BENVSUP1
037900     END-EVALUATE                                                 BENVSUP1
038000     IF CM-CHANGE-PENDING                                         BENVSUP1
038100         ADD 1 TO WS-PENDING-COUNT                                BENVSUP1
038200         MOVE SPACES           TO ER-DETAIL                       BENVSUP1
038300         MOVE CM-CLAIMANT-ID   TO ER-CLAIMANT-ID                  BENVSUP1
038400         MOVE 'PENDING'        TO ER-CODE                         BENVSUP1
038500         MOVE 'CHANGE FLAGGED ONLINE BUT NO TRANSACTION APPLIED'  BENVSUP1
038600           TO ER-TEXT                                             BENVSUP1
038700         WRITE-EXCEPTION-LINE                                     BENVSUP1
038800     END-IF.                                                      BENVSUP1
038900*                                                                 BENVSUP1
039000*----------------------------------------------------------------*BENVSUP1
039100* 8000  EXCEPTIONS - MESSAGE TEXT FROM THE ERRMSGS TABLE         *BENVSUP1
039200*----------------------------------------------------------------*BENVSUP1
039300 8000-REJECT.                                                     BENVSUP1
039400     SET WS-TRAN-REJECTED TO TRUE                                 BENVSUP1
039500     ADD 1 TO WS-TRANS-REJECTED                                   BENVSUP1
039600     PERFORM 8100-WARN.                                           BENVSUP1
039700*                                                                 BENVSUP1
039800 8100-WARN.                                                       BENVSUP1
039900     MOVE SPACES TO WS-MESSAGE-TEXT                               BENVSUP1
040000     SET ERR-IDX TO 1                                             BENVSUP1
040100     SEARCH ERR-ENTRY                                             BENVSUP1
040200         AT END                                                   BENVSUP1
040300             MOVE 'MESSAGE TEXT NOT FOUND' TO WS-MESSAGE-TEXT     BENVSUP1
040400         WHEN ERR-CODE (ERR-IDX) = WS-MESSAGE-CODE                BENVSUP1
040500             MOVE ERR-TEXT (ERR-IDX) TO WS-MESSAGE-TEXT           BENVSUP1
040600     END-SEARCH                                                   BENVSUP1
040700     MOVE SPACES           TO ER-DETAIL                           BENVSUP1
040800     MOVE CT-CLAIMANT-ID   TO ER-CLAIMANT-ID                      BENVSUP1
040900     MOVE CT-TRAN-CODE     TO ER-TRAN-CODE                        BENVSUP1
041000     MOVE CT-TIMESTAMP     TO ER-TIMESTAMP                        BENVSUP1
041100     MOVE WS-MESSAGE-CODE  TO ER-CODE                             BENVSUP1
041200     MOVE WS-MESSAGE-TEXT  TO ER-TEXT                             BENVSUP1
041300     WRITE-EXCEPTION-LINE.                                        BENVSUP1
041400     REPLACE OFF.                                                 BENVSUP1
041500*                                                                 BENVSUP1
041600*----------------------------------------------------------------*BENVSUP1
041700* 9000  CLOSE AND PRINT CONTROL COUNTS                           *BENVSUP1
041800*----------------------------------------------------------------*BENVSUP1
041900 9000-TERMINATE.                                                  BENVSUP1
042000     CLOSE CLAIMANT-MASTER TRAN-FILE HISTORY-FILE ERROR-REPORT    BENVSUP1
042100*	COUNTS ARE PICKED UP BY THE OPERATIONS LOG SCRAPER -
042200*	DO NOT CHANGE THE LITERALS WITHOUT TELLING OPERATIONS
042300     MOVE WS-TRANS-READ     TO WS-EDIT-COUNT                      BENVSUP1
042400     DISPLAY 'BENVSUP1 TRANSACTIONS READ    ' WS-EDIT-COUNT       BENVSUP1
042500     MOVE WS-TRANS-APPLIED  TO WS-EDIT-COUNT                      BENVSUP1
042600     DISPLAY 'BENVSUP1 TRANSACTIONS APPLIED ' WS-EDIT-COUNT       BENVSUP1
042700     MOVE WS-TRANS-REJECTED TO WS-EDIT-COUNT                      BENVSUP1
042800     DISPLAY 'BENVSUP1 TRANSACTIONS REJECTED' WS-EDIT-COUNT       BENVSUP1
042900     MOVE WS-ADDS           TO WS-EDIT-COUNT                      BENVSUP1
043000     DISPLAY 'BENVSUP1   ADDED              ' WS-EDIT-COUNT       BENVSUP1
043100     MOVE WS-CHANGES        TO WS-EDIT-COUNT                      BENVSUP1
043200     DISPLAY 'BENVSUP1   CHANGED            ' WS-EDIT-COUNT       BENVSUP1
043300     MOVE WS-DELETES        TO WS-EDIT-COUNT                      BENVSUP1
043400     DISPLAY 'BENVSUP1   DELETED            ' WS-EDIT-COUNT       BENVSUP1
043500     MOVE WS-MASTER-COUNT   TO WS-EDIT-COUNT                      BENVSUP1
043600     DISPLAY 'BENVSUP1 MASTER RECORDS       ' WS-EDIT-COUNT       BENVSUP1
043700     MOVE WS-PENDING-COUNT  TO WS-EDIT-COUNT                      BENVSUP1
043800     DISPLAY 'BENVSUP1 STILL PENDING        ' WS-EDIT-COUNT       BENVSUP1
043900D    DISPLAY 'BENVSUP1 ACTIVE ' WS-ACTIVE-COUNT                   BENVSUP1
044000D            ' DECEASED ' WS-DECEASED-COUNT                       BENVSUP1
044100     IF WS-TRANS-REJECTED > ZERO                                  BENVSUP1
044200         MOVE 4 TO RETURN-CODE                                    BENVSUP1
044300     END-IF.                                                      BENVSUP1
