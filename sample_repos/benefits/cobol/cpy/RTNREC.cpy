000100*================================================================*RTNREC
000200* RTNREC     RETURNED PAYMENT ADVICE (BACS ARUCS STYLE)          *RTNREC
000300*                                                                *RTNREC
000400*   RECEIVED FROM BACSTEL-IP AS BEN.XMIT.BACS.ARUCS, SORTED ON   *RTNREC
000500*   THE REFERENCE (33,18) BY BENRTNJ STEP010 AND READ BY         *RTNREC
000600*   BENRTN01 (DD RTNIN).  RECFM=FB LRECL=100.  THE REFERENCE IS  *RTNREC
000700*   THE ONE BENPAY01 PUT ON THE PAYMENT (PAYMENT.REFERENCE).     *RTNREC
000800*                                                                *RTNREC
000900* CHANGE HISTORY                                                 *RTNREC
001000* 09/06/04 TW  CR1655 CREATED                                    *RTNREC
001100* 16/02/09 AS  CR3077 DECEASED AND TRANSFERRED REASON CODES      *RTNREC
001200*================================================================*RTNREC
001300 01  RT-RETURN-RECORD.                                            RTNREC
001400     05  RT-RECORD-TYPE              PIC X.                       RTNREC
001500         88  RT-HEADER                   VALUE 'H'.               RTNREC
001600         88  RT-DETAIL                   VALUE 'D'.               RTNREC
001700         88  RT-TRAILER                  VALUE 'T'.               RTNREC
001800     05  RT-ORIG-SORT-CODE           PIC X(6).                    RTNREC
001900     05  RT-PAYEE-SORT-CODE          PIC X(6).                    RTNREC
002000     05  RT-PAYEE-ACCOUNT            PIC X(8).                    RTNREC
002100     05  RT-AMOUNT-PENCE             PIC 9(11).                   RTNREC
002200     05  RT-REFERENCE                PIC X(18).                   RTNREC
002300     05  RT-REASON-CODE              PIC X.                       RTNREC
002400         88  RT-REFER-TO-PAYER           VALUE '0'.               RTNREC
002500         88  RT-ACCOUNT-CLOSED           VALUE '1' 'B'.           RTNREC
002600         88  RT-PAYEE-DECEASED           VALUE '2'.               RTNREC
002700         88  RT-ACCOUNT-TRANSFERRED      VALUE '3'.               RTNREC
002800         88  RT-NO-ACCOUNT               VALUE '5'.               RTNREC
002900         88  RT-BANK-DETAILS-WRONG       VALUE '1' 'B' '3' '5'.   RTNREC
003000     05  RT-RETURN-DATE              PIC 9(8).                    RTNREC
003100     05  RT-PAYEE-NAME               PIC X(18).                   RTNREC
003200     05  FILLER                      PIC X(23).                   RTNREC
