// The Excel task pane exactly as built for Office, on the fake Excel.
import './installFakeOffice';
import '../../../excel-addin/src/taskpane/index';
