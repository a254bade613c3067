000100*================================================================*BACSREC
000200* BACSREC    BACS SUBMISSION FILE RECORDS (STANDARD 18 STYLE)    *BACSREC
000300*                                                                *BACSREC
000400*   WRITTEN BY BENBACS1 (DD BACSOUT), COPIED TO THE BACSTEL      *BACSREC
000500*   OUTBOUND QUEUE BY BENBACSJ STEP030.  RECFM=FB LRECL=100.     *BACSREC
000600*   LABEL RECORDS VOL1/HDR1 AT THE FRONT, UTL1/EOF1 AT THE END.  *BACSREC
000700*                                                                *BACSREC
000800* CHANGE HISTORY                                                 *BACSREC
000900* 09/06/04 TW  CR1655 CREATED                                    *BACSREC
001000* 21/07/08 MP  CR2995 TRANSACTION CODE 99, CONTRA RECORD         *BACSREC
001100*================================================================*BACSREC
001200 01  BR-DETAIL-RECORD.                                            BACSREC
001300     05  BR-DEST-SORT-CODE           PIC X(6).                    BACSREC
001400     05  BR-DEST-ACCOUNT             PIC X(8).                    BACSREC
001500     05  BR-ACCOUNT-TYPE             PIC X.                       BACSREC
001600     05  BR-TRANSACTION-CODE         PIC X(2).                    BACSREC
001700         88  BR-CREDIT                   VALUE '99'.              BACSREC
001800         88  BR-CONTRA                   VALUE '17'.              BACSREC
001900     05  BR-ORIG-SORT-CODE           PIC X(6).                    BACSREC
002000     05  BR-ORIG-ACCOUNT             PIC X(8).                    BACSREC
002100     05  BR-FREE-FORMAT              PIC X(4).                    BACSREC
002200     05  BR-AMOUNT-PENCE             PIC 9(11).                   BACSREC
002300     05  BR-ORIG-NAME                PIC X(18).                   BACSREC
002400     05  BR-REFERENCE                PIC X(18).                   BACSREC
002500     05  BR-PAYEE-NAME               PIC X(18).                   BACSREC
002600 01  BR-LABEL-RECORD.                                             BACSREC
002700     05  BR-LABEL-ID                 PIC X(4).                    BACSREC
002800         88  BR-VOL1                     VALUE 'VOL1'.            BACSREC
002900         88  BR-HDR1                     VALUE 'HDR1'.            BACSREC
003000         88  BR-UTL1                     VALUE 'UTL1'.            BACSREC
003100         88  BR-EOF1                     VALUE 'EOF1'.            BACSREC
003200     05  BR-LABEL-DATA.                                           BACSREC
003300         10  BR-SERVICE-USER-NO      PIC X(6).                    BACSREC
003400         10  BR-PROCESSING-DATE      PIC 9(8).                    BACSREC
003500         10  BR-FILE-SERIAL          PIC 9(6).                    BACSREC
003600         10  BR-CREDIT-COUNT         PIC 9(7).                    BACSREC
003700         10  BR-CREDIT-TOTAL-PENCE   PIC 9(13).                   BACSREC
003800         10  FILLER                  PIC X(56).                   BACSREC
