//BENBACSJ JOB (BEN,PAY,0003),'BPS BACS TRANSMIT',CLASS=A,MSGCLASS=X,
//             MSGLEVEL=(1,1),REGION=0M
//*********************************************************************
//* BENBACSJ - PAYMENT ROUTING AND BACS TRANSMISSION
//*
//* SCHEDULE   CONTROL-M TABLE BENNIGHT, AFTER BENPAYJ ENDS RC <= 4
//*            MUST FINISH BY 02:00 FOR THE BACSTEL-IP WINDOW
//* INPUT      BEN.PROD.PAYMENTS.DAILY(0)    WRITTEN BY BENPAYJ
//* OUTPUT     BEN.PROD.BACS.SUBMIT(+1)      BACS SUBMISSION
//*            BEN.PROD.CHEQUE.PRINT(+1)     GIROCHEQUE PRINT RUN
//*            BEN.PROD.POCA.FEED(+1)        POST OFFICE CARD ACCOUNTS
//*            BEN.XMIT.BACS.OUTBOUND        BACSTEL-IP OUTBOUND QUEUE
//*
//* CHANGE HISTORY
//* 15/04/02 RK  CREATED (CHEQUES ONLY)
//* 09/06/04 TW  CR1655 BACS SUBMISSION AND TRANSMISSION STEP
//* 21/07/08 MP  CR2995 SORT BY METHOD / SORT CODE / ACCOUNT
//*********************************************************************
//         SET HLQ='BEN.PROD'
//         SET RUNDATE=090615       <== CONTROL-M %%ODATE
//*
//*--------------------------------------------------------------------
//* STEP010  DETAIL RECORDS ONLY, IN METHOD / SORT CODE / ACCOUNT
//*          ORDER (POSITIONS FROM MEMBER PAYREC)
//*--------------------------------------------------------------------
//STEP010  EXEC PGM=SORT
//SYSOUT   DD SYSOUT=*
//SORTIN   DD DSN=&HLQ..PAYMENTS.DAILY(0),DISP=SHR
//SORTOUT  DD DSN=&&PAYSRT,DISP=(NEW,PASS,DELETE),
//             UNIT=SYSDA,SPACE=(CYL,(20,10),RLSE),
//             DCB=(RECFM=FB,LRECL=350,BLKSIZE=0)
//SYSIN    DD *
  INCLUDE COND=(1,1,CH,EQ,C'D')
  SORT FIELDS=(122,1,CH,A,123,6,CH,A,129,8,CH,A)
/*
//*
//*--------------------------------------------------------------------
//* STEP020  BENBACS1 - ROUTE EACH PAYMENT TO BACS, CHEQUE OR POCA
//*--------------------------------------------------------------------
//STEP020  EXEC PGM=BENBACS1,PARM='20&RUNDATE',COND=(0,NE,STEP010)
//STEPLIB  DD DSN=&HLQ..LOADLIB,DISP=SHR
//PAYIN    DD DSN=&&PAYSRT,DISP=(OLD,DELETE)
//BACSOUT  DD DSN=&HLQ..BACS.SUBMIT(+1),
//             DISP=(NEW,CATLG,DELETE),
//             UNIT=SYSDA,SPACE=(CYL,(10,5),RLSE),
//             DCB=(RECFM=FB,LRECL=100,BLKSIZE=0)
//CHQOUT   DD DSN=&HLQ..CHEQUE.PRINT(+1),
//             DISP=(NEW,CATLG,DELETE),
//             UNIT=SYSDA,SPACE=(CYL,(5,5),RLSE),
//             DCB=(RECFM=FB,LRECL=400,BLKSIZE=0)
//POCAOUT  DD DSN=&HLQ..POCA.FEED(+1),
//             DISP=(NEW,CATLG,DELETE),
//             UNIT=SYSDA,SPACE=(CYL,(5,5),RLSE),
//             DCB=(RECFM=FB,LRECL=80,BLKSIZE=0)
//SYSOUT   DD SYSOUT=*
//*
//*--------------------------------------------------------------------
//* STEP030  APPEND THE SUBMISSION TO THE BACSTEL-IP OUTBOUND QUEUE
//*          NOT RUN IF BENBACS1 ENDED WITH MORE THAN RC 4
//*--------------------------------------------------------------------
//STEP030  EXEC PGM=IEBGENER,COND=(4,LT,STEP020)
//SYSPRINT DD SYSOUT=*
//SYSIN    DD DUMMY
//SYSUT1   DD DSN=&HLQ..BACS.SUBMIT(+1),DISP=SHR
//SYSUT2   DD DSN=BEN.XMIT.BACS.OUTBOUND,DISP=(MOD,KEEP)
